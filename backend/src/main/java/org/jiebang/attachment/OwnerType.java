package org.jiebang.attachment;

/** What a file belongs to: a challenge's public documents, a bid's sealed files, a milestone's evidence. */
public enum OwnerType {

	CHALLENGE, BID, MILESTONE

}
