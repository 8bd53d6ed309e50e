package org.essaykit.cli;

import picocli.CommandLine.Option;

/** Where the site is published, given on the command line instead of site.yaml (the Pages workflow does this). */
final class PublishingOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "The origin the site is published at, instead of site.yaml's `url` (e.g. https://me.github.io).")
    String url;

    @Option(names = "--baseurl", paramLabel = "PATH",
            description = "The path the site is served under, instead of site.yaml's `baseurl` (e.g. /repo).")
    String baseurl;
}
