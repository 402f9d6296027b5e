package org.jiebang.account;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organization verification for administrators. */
@RestController
@RequestMapping("/api/admin/organizations")
class OrganizationAdminController {

	private final OrganizationService organizations;

	OrganizationAdminController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	Mono<PageView<OrganizationView>> list(Actor actor, @RequestParam(required = false) Boolean verified,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.organizations.list(actor, verified, Paging.of(page, size));
	}

	@PostMapping("/{id}/verify")
	Mono<OrganizationView> verify(Actor actor, @PathVariable UUID id) {
		return this.organizations.verify(actor, id);
	}

}
