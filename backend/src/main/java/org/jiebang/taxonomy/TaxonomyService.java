package org.jiebang.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** The taxonomy of SPEC §2, read once at start from the seeds packaged with the application. */
@Service
public class TaxonomyService {

	static final String RESOURCE = "seeds/taxonomy.json";

	private final TaxonomyView taxonomy;

	private final Map<String, TaxonomyView.Term> chains;

	private final Map<String, TaxonomyView.Term> fields;

	private final Map<String, TaxonomyView.Term> regions;

	TaxonomyService(JsonMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.taxonomy = json.readValue(in, TaxonomyView.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
		this.chains = index(this.taxonomy.industryChains());
		this.fields = index(this.taxonomy.techFields());
		this.regions = index(this.taxonomy.regions());
	}

	private static Map<String, TaxonomyView.Term> index(List<TaxonomyView.Term> terms) {
		return terms.stream().collect(Collectors.toUnmodifiableMap(TaxonomyView.Term::code, Function.identity()));
	}

	public TaxonomyView taxonomy() {
		return this.taxonomy;
	}

	public boolean isIndustryChain(String code) {
		return code != null && this.chains.containsKey(code);
	}

	public boolean isTechField(String code) {
		return code != null && this.fields.containsKey(code);
	}

	public boolean isRegion(String code) {
		return code != null && this.regions.containsKey(code);
	}

	public Optional<TaxonomyView.Term> industryChain(String code) {
		return Optional.ofNullable(this.chains.get(code));
	}

	public Optional<TaxonomyView.Term> techField(String code) {
		return Optional.ofNullable(this.fields.get(code));
	}

	public Optional<TaxonomyView.Term> region(String code) {
		return Optional.ofNullable(this.regions.get(code));
	}

}
