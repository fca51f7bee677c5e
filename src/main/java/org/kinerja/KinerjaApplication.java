package org.kinerja;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

    static {
        useJdkDatatypeFactory();
    }

    public static void main(String[] args) {
        SpringApplication.run(KinerjaApplication.class, args);
    }

    /**
     * Names the JDK's own {@link DatatypeFactory} (the one {@code DatatypeFactory.newInstance()} falls back to, as no
     * other is on the class path). Without the name, each {@code newInstance()} first searches every jar for a
     * service provider file: Camunda makes a new factory for every timer's ISO duration (two per human task) and
     * Kinerja for every task's due date, and the search was 2.8 % of the server's CPU in a whole cycle (flight
     * recording of {@code WholeCycleBenchmark}). A name given by the operator
     * ({@code -Djavax.xml.datatype.DatatypeFactory=...}) is kept.
     */
    static void useJdkDatatypeFactory() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
