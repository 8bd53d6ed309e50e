/**
 * {@code essaykit serve}: the site from memory over HTTP on loopback ({@link org.essaykit.serve.DevServer}),
 * strict request paths ({@link org.essaykit.serve.RequestPath}), a source watcher that coalesces saves, and
 * the server-sent events that reload open tabs or show the build's errors over the page.
 */
package org.essaykit.serve;
