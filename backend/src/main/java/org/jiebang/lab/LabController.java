package org.jiebang.lab;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.jiebang.account.Actor;
import org.jiebang.system.web.PageView;
import org.jiebang.system.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public lab directory and the LAB member's profile editor. */
@RestController
@RequestMapping("/api")
class LabController {

	private final LabService labs;

	LabController(LabService labs) {
		this.labs = labs;
	}

	@GetMapping("/labs")
	Mono<PageView<LabProfileView>> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String field, @RequestParam(required = false) String province,
			@RequestParam(required = false) String orgType, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.labs.list(new LabQuery(q, field, province, orgType, sort), Paging.of(page, size));
	}

	@GetMapping("/labs/{id}")
	Mono<LabProfileView> profile(@PathVariable UUID id) {
		return this.labs.profile(id);
	}

	@GetMapping("/my/lab")
	Mono<MyLabView> myLab(Actor actor) {
		return this.labs.myLab(actor);
	}

	@PutMapping("/my/lab")
	Mono<MyLabView> update(Actor actor, @RequestBody UpdateLabProfileRequest request) {
		return this.labs.updateMyLab(actor, request);
	}

}
