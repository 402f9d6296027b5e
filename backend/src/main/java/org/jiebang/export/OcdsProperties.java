package org.jiebang.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Open Contracting (OCDS 1.1) export under {@code jiebang.ocds}.
 *
 * @param ocidPrefix the registered ocid prefix; each challenge's ocid is this prefix, a hyphen and its id
 * @param publisherName the publisher named in release packages
 * @param publisherUri a URI identifying the publisher (optional)
 */
@ConfigurationProperties("jiebang.ocds")
public record OcdsProperties(@DefaultValue("ocds-jiebang") String ocidPrefix,
		@DefaultValue("揭榜 Jiebang") String publisherName, String publisherUri) {
}
