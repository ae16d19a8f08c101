package dev.skyloom.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleTest {
    @Test
    void anBeforeAVowelSound() {
        assertEquals("an identity", Article.of("identity"));
        assertEquals("an SVG vector image", Article.of("SVG vector image"));
        assertEquals("an outage", Article.of("outage"));
        assertEquals("an HTML page", Article.of("HTML page"));
        assertEquals("an upstream", Article.of("upstream"));
        assertEquals("an AWS region", Article.of("AWS region"));
        assertEquals("an OCI region", Article.of("OCI region"));
    }

    @Test
    void aBeforeAConsonantSound() {
        assertEquals("a region", Article.of("region"));
        assertEquals("a PNG image", Article.of("PNG image"));
        assertEquals("a PDF document", Article.of("PDF document"));
        assertEquals("a gpu-pool", Article.of("gpu-pool"));
        assertEquals("a users component", Article.of("users component"));
        assertEquals("a unit price", Article.of("unit price"));
        assertEquals("a European region", Article.of("European region"));
        assertEquals("a Lambda region", Article.of("Lambda region"));
        assertEquals("a ", Article.of(""));
    }
}
