package org.jiebang.taxonomy;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the taxonomy codes and their names; they change only with a new release, so clients may cache. */
@RestController
class TaxonomyController {

	private final TaxonomyService taxonomy;

	TaxonomyController(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/api/taxonomy")
	ResponseEntity<TaxonomyView> taxonomy() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(this.taxonomy.taxonomy());
	}

}
