/**
 * Index management and index evolution for document classes, with or without Spring: what
 * differs between the classes and the cluster ({@link io.github.esdsl.index.management.IndexPlan}),
 * validation, templates, creating indices and adding fields
 * ({@link io.github.esdsl.index.management.IndexManager}), which settings an existing index can
 * take ({@link io.github.esdsl.index.management.SettingsChanges}), zero-downtime mapping
 * migrations of versioned indices behind aliases ({@link io.github.esdsl.index.management.Migrator})
 * and data streams of time series ({@link io.github.esdsl.index.management.DataStreams}).
 */
package io.github.esdsl.index.management;
