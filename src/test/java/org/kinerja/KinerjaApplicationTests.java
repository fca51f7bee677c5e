package org.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

class KinerjaApplicationTests {

    @Test
    void shouldNameTheJdkDatatypeFactorySoThatNoJarIsSearchedForAnother() throws Exception {
        new KinerjaApplication();

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
                .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        DatatypeFactory factory = DatatypeFactory.newInstance();
        assertThat(factory.getClass().getName()).isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(factory.newDuration("P5D").getTimeInMillis(new java.util.Date(0)))
                .isEqualTo(Duration.ofDays(5).toMillis());
    }

    @Test
    void shouldKeepAFactoryTheOperatorNamed() {
        String before = System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        try {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "com.example.OperatorsFactory");
            KinerjaApplication.useJdkDatatypeFactory();
            assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("com.example.OperatorsFactory");
        } finally {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, before == null
                    ? DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS : before);
        }
    }
}
