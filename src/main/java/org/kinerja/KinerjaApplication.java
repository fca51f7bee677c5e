package org.kinerja;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

    public static void main(String[] args) {
        SpringApplication.run(KinerjaApplication.class, args);
    }
}
