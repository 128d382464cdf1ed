/**
 * Publication: the review workflow ({@link Publications}, rules in {@link ReviewWorkflow}), the
 * redaction policy as data ({@link RedactionPolicies}) and the public layers served from reviewed
 * snapshots through it ({@link PublicFeatures}).
 */
package org.sightline.server.publication;
