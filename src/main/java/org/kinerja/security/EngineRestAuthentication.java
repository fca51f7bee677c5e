package org.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic for {@code /engine-rest}, with the user's groups read through the membership table's primary key.
 *
 * <p>Camunda's own filter asks for the groups of the signed-in user on every request with
 * {@code createGroupQuery().groupMember(userId)}: a join of {@code ACT_ID_GROUP} with {@code ACT_ID_MEMBERSHIP}, which
 * PostgreSQL runs as a scan of the whole group table. Kinerja has a group per organisation unit, so that table grows
 * with the organisation: 490 rows read per request at 10,000 employees (the whole-cycle benchmark). The authorization
 * checks only need the group ids, and {@code ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_)} is the primary key, so
 * {@link #groupIds} reads the user's own few rows and no group row at all. Every membership refers to an existing
 * group (foreign key {@code ACT_FK_MEMB_GROUP}), so the ids are the same as the engine's query gives.
 *
 * <p>The filter builds this class by name (no Spring injection); the engine's data source is reached through the
 * engine it passes in.
 */
public class EngineRestAuthentication extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated()) {
            ProcessEngineConfigurationImpl configuration =
                    (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            result.setGroups(groupIds(configuration.getDataSource(), configuration.getDatabaseTablePrefix(),
                    result.getAuthenticatedUser()));
        }
        return result;
    }

    /** The ids of the user's groups, in id order, read through {@code ACT_ID_MEMBERSHIP}'s primary key. */
    static List<String> groupIds(DataSource dataSource, String tablePrefix, String userId) {
        String prefix = tablePrefix == null ? "" : tablePrefix;
        String sql = "select GROUP_ID_ from " + prefix + "ACT_ID_MEMBERSHIP where USER_ID_ = ? order by GROUP_ID_";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, userId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new ProcessEngineException("Grup pengguna tidak dapat dibaca", e);
        }
    }
}
