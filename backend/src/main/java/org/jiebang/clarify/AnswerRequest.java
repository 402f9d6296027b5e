package org.jiebang.clarify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The answer to a question. An answer that changes the terms is an amendment (SPEC §2): only an
 * administrator may give one, with the changes.
 *
 * @param answer the answer
 * @param changesTerms whether the answer amends the challenge
 * @param amendment the changes, required exactly when {@code changesTerms}
 */
public record AnswerRequest(@NotBlank @Size(max = 5000) String answer, Boolean changesTerms,
		@Valid TermsAmendment amendment) {

	boolean amends() {
		return Boolean.TRUE.equals(this.changesTerms);
	}

}
