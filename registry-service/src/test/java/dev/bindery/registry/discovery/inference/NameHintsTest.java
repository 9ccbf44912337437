package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameHintsTest {

    @Test
    void namesSplitIntoLowerCaseWordsAtCaseChangesAndPunctuation() {
        assertThat(NameHints.words("userName")).containsExactly("user", "name");
        assertThat(NameHints.words("user_name")).containsExactly("user", "name");
        assertThat(NameHints.words("User-Name")).containsExactly("user", "name");
        assertThat(NameHints.words("EventID")).containsExactly("event", "id");
        assertThat(NameHints.words("HTMLTitle")).containsExactly("html", "title");
        assertThat(NameHints.words("aws:backup:source-resource"))
                .containsExactly("aws", "backup", "source", "resource");
        assertThat(NameHints.words("tls2Version")).containsExactly("tls2", "version");
        assertThat(NameHints.words(null)).isEmpty();
    }

    @Test
    void namesProseAndActorsAreFreeForm() {
        assertThat(NameHints.isFreeForm("name")).isTrue();
        assertThat(NameHints.isFreeForm("displayName")).isTrue();
        assertThat(NameHints.isFreeForm("tags")).isTrue();
        assertThat(NameHints.isFreeForm("Description")).isTrue();
        assertThat(NameHints.isFreeForm("invokedBy")).isTrue();
        assertThat(NameHints.isFreeForm("created_by")).isTrue();
    }

    @Test
    void kindNamesCodesAndSortKeysAreNotFreeForm() {
        assertThat(NameHints.isFreeForm("eventName")).isFalse();
        assertThat(NameHints.isFreeForm("typeName")).isFalse();
        assertThat(NameHints.isFreeForm("status")).isFalse();
        assertThat(NameHints.isFreeForm("sortBy")).isFalse();
        assertThat(NameHints.isFreeForm("nameserver")).isFalse();
        assertThat(NameHints.isFreeForm(null)).isFalse();
    }

    @Test
    void onlyTagsLabelsAndAnnotationsAreDictionaries() {
        assertThat(NameHints.isDictionary("Tags")).isTrue();
        assertThat(NameHints.isDictionary("resourceLabels")).isTrue();
        assertThat(NameHints.isDictionary("annotations")).isTrue();
        assertThat(NameHints.isDictionary("attributes")).isFalse();
        assertThat(NameHints.isDictionary("tag")).isFalse();
        assertThat(NameHints.isDictionary(null)).isFalse();
    }
}
