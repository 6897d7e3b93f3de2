/**
 * Index management for document classes, with or without Spring: what differs between the
 * classes and the cluster ({@link io.github.esdsl.index.management.IndexPlan}), validation,
 * templates, creating indices and adding fields ({@link io.github.esdsl.index.management.IndexManager}),
 * and which settings an existing index can take ({@link io.github.esdsl.index.management.SettingsChanges}).
 */
package io.github.esdsl.index.management;
