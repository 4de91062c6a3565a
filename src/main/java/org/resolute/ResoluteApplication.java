package org.resolute;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Resolute: the information system of a train-advise-assist mission and its funders. */
@SpringBootApplication
@Modulithic(sharedModules = "kernel")
@EnableScheduling
public class ResoluteApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResoluteApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
