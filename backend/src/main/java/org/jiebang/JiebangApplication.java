package org.jiebang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the Jiebang challenge-list marketplace. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JiebangApplication {

	public static void main(String[] args) {
		SpringApplication.run(JiebangApplication.class, args);
	}

}
