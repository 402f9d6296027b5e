package org.jiebang.system.persistence;

/**
 * Marks a value stored as JSON text in one column (tags, indicators, team lists), converted by
 * {@link PersistenceConfiguration}.
 */
public interface JsonColumn {

}
