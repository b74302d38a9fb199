package org.backcoach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BackCoachApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackCoachApplication.class, args);
    }
}
