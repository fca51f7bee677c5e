package org.kinerja.organization;

import static org.hamcrest.Matchers.containsString;
import static org.kinerja.organization.OrganizationFixtures.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KinerjaTest
class UnitImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void resetOrganisation() {
        unitImport.importCsv(units());
        employeeImport.importCsv(employees());
    }

    @Test
    void shouldChangeNothingWhenTheSameUnitsAreImportedAgain() throws Exception {
        mvc.perform(uploadUnits(units()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(4))
                .andExpect(jsonPath("$.identity.groupsCreated").value(0));
    }

    @Test
    void shouldCreateAGroupForANewUnit() throws Exception {
        String csv = new String(units(), java.nio.charset.StandardCharsets.UTF_8) + "SEK-A3,Seksi A3,seksi,bid-a\n";
        mvc.perform(uploadUnits(utf8(csv)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.identity.groupsCreated").value(1));
        org.assertj.core.api.Assertions.assertThat(identity.createGroupQuery().groupId("unit-sek-a3").singleResult().getName())
                .isEqualTo("Seksi A3");
    }

    @Test
    void shouldRejectAnUnknownType() throws Exception {
        mvc.perform(uploadUnits(utf8("kode,nama,jenis,kode_induk\nX-1,Unit X,DIREKTORAT,DINAS\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("jenis"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("INSTANSI, BIDANG atau SEKSI")));
    }

    @Test
    void shouldRejectAnUnknownParent() throws Exception {
        mvc.perform(uploadUnits(utf8("kode,nama,jenis,kode_induk\nBID-B,Bidang B,BIDANG,DINAS-LAIN\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Unit induk tidak dikenal: 'DINAS-LAIN'")));
    }

    @Test
    void shouldKeepTheTreeStrict() throws Exception {
        mvc.perform(uploadUnits(utf8("kode,nama,jenis,kode_induk\nSEK-B1,Seksi B1,SEKSI,DINAS\nINDUK,Instansi,INSTANSI,DINAS\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Induk unit SEKSI harus BIDANG, tetapi DINAS adalah INSTANSI")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("INSTANSI tidak boleh punya induk")));
    }

    @Test
    void shouldRefuseToTurnAParentIntoALevelItsChildrenCannotHang() throws Exception {
        mvc.perform(uploadUnits(utf8("kode,nama,jenis,kode_induk\nBID-A,Bidang A,SEKSI,DINAS\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(containsString("berada di bawahnya"))));
    }

    @Test
    void shouldRejectDuplicateAndMalformedCodes() throws Exception {
        mvc.perform(uploadUnits(utf8("kode,nama,jenis,kode_induk\nBID-C,Bidang C,BIDANG,DINAS\nbid-c,Lagi,BIDANG,DINAS\nBID C!,Salah,BIDANG,DINAS\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ganda")))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("tidak sah")));
    }

    @Test
    void shouldListAtMostAHundredProblemsOfAHugeBadFileAndCountThemAll() throws Exception {
        String csv = "kode,nama,jenis,kode_induk\n" + "x y,,,\n".repeat(350_000);
        byte[] answer = mvc.perform(uploadUnits(utf8(csv)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("1050000 masalah pada 350000 baris")))
                .andExpect(jsonPath("$.errors.length()").value(100))
                .andExpect(jsonPath("$.errorCount").value(1_050_000))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[99].row").value(35))
                .andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(answer.length).as("bytes of the answer").isLessThan(32 * 1024);
    }

    @Test
    void shouldRefuseControlCharactersAndTreatZeroWidthSpacesAsEmpty() throws Exception {
        mvc.perform(uploadUnits(utf8("kode,nama,jenis,kode_induk\nSEK-A9,Seksi\u0007A9,SEKSI,BID-A\nSEK-A8,\u200B\u200B,SEKSI,BID-A\n")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("nama"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("karakter kendali atau karakter tidak sah (U+0007)")))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].message").value("Nama unit wajib diisi, paling banyak 200 karakter."))
                .andExpect(jsonPath("$.errorCount").value(2));
        org.assertj.core.api.Assertions.assertThat(identity.createGroupQuery().groupId("unit-sek-a9").count()).isZero();
    }
}
