package dev.bindery.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import javax.lang.model.SourceVersion;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void memberNamesAreReadableCamelCase() {
        assertThat(Identifiers.memberName("kebab-case-name", "p")).isEqualTo("kebabCaseName");
        assertThat(Identifiers.memberName("snake_case", "p")).isEqualTo("snakeCase");
        assertThat(Identifiers.memberName("with space", "p")).isEqualTo("withSpace");
        assertThat(Identifiers.memberName("FOO_BAR", "p")).isEqualTo("fooBar");
        assertThat(Identifiers.memberName("URL", "p")).isEqualTo("url");
        assertThat(Identifiers.memberName("instance-id", "p")).isEqualTo("instanceId");
        assertThat(Identifiers.memberName("fooBar", "p")).isEqualTo("fooBar");
        assertThat(Identifiers.memberName("größe", "p")).isEqualTo("größe");
    }

    @Test
    void awkwardNamesAreEscaped() {
        assertThat(Identifiers.memberName("", "property")).isEqualTo("property");
        assertThat(Identifiers.memberName("🙂", "property")).isEqualTo("property");
        assertThat(Identifiers.memberName("1st", "p")).isEqualTo("_1st");
        assertThat(Identifiers.memberName("class", "p")).isEqualTo("class_");
        assertThat(Identifiers.memberName("hashCode", "p")).isEqualTo("hashCodeValue");
        assertThat(Identifiers.memberName("_", "p")).isEqualTo("p");
    }

    @Test
    void classNamesNeverShadowJavaLang() {
        assertThat(Identifiers.className("object", "T")).isEqualTo("ObjectType");
        assertThat(Identifiers.className("String", "T")).isEqualTo("StringType");
        assertThat(Identifiers.className("class", "T")).isEqualTo("ClassType");
        assertThat(Identifiers.className("list", "T")).isEqualTo("ListType");
        assertThat(Identifiers.className("EC2InstanceStateChangeNotification", "T"))
                .isEqualTo("EC2InstanceStateChangeNotification");
        assertThat(Identifiers.className("Some Awesome Schema", "T")).isEqualTo("SomeAwesomeSchema");
        assertThat(Identifiers.className("2fa", "T")).isEqualTo("T2fa");
    }

    @Test
    void allocatorResolvesClashesDeterministicallyIgnoringCase() {
        NameAllocator names = new NameAllocator();
        assertThat(names.allocate("Address")).isEqualTo("Address");
        assertThat(names.allocate("address")).isEqualTo("address2");
        assertThat(names.allocate("Address")).isEqualTo("Address3");
    }

    @Property(tries = 500)
    void anyStringGivesAValidMemberName(@ForAll String name) {
        String member = Identifiers.memberName(name, "property");
        assertThat(SourceVersion.isIdentifier(member)).as(member).isTrue();
        assertThat(SourceVersion.isKeyword(member)).as(member).isFalse();
    }

    @Property(tries = 500)
    void anyStringGivesAValidClassName(@ForAll String name) {
        String type = Identifiers.className(name, "Type");
        assertThat(SourceVersion.isIdentifier(type)).as(type).isTrue();
        assertThat(SourceVersion.isKeyword(type)).as(type).isFalse();
        assertThat(type).isNotIn("Object", "String", "Class", "Integer");
    }
}
