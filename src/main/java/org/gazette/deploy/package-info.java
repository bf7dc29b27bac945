/**
 * {@code gazette deploy}: publishes the output folder to S3-compatible object storage, uploading
 * only what changed, in an order that keeps the published site consistent for readers, deleting
 * stale objects last, and keeping what it replaces so that a deploy can be rolled back.
 *
 * <p>The steps, each a small class: {@link org.gazette.deploy.TargetResolver} (site.yaml and flags
 * to a {@link org.gazette.deploy.DeployTarget}), {@link org.gazette.deploy.LocalSite} (the output
 * folder and the build's manifest), {@link org.gazette.deploy.HeaderRules} (Content-Type,
 * Cache-Control, Content-Encoding), {@link org.gazette.deploy.RemoteState} (what the bucket holds),
 * {@link org.gazette.deploy.Planner} (the {@link org.gazette.deploy.Plan}),
 * {@link org.gazette.deploy.Deployer} (carrying it out through a {@link org.gazette.deploy.Storage}),
 * orchestrated by {@link org.gazette.deploy.Deploy}. {@code OtherDeploys} notices
 * another deploy to the same target running at the same time.
 */
package org.gazette.deploy;
