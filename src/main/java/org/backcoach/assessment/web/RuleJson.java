package org.backcoach.assessment.web;

import org.backcoach.assessment.Rule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/** Rules travel in JSON, both ways, by their ids ("R-SAFE-1"), the names docs/rules.md and the tests use. */
@Configuration(proxyBeanMethods = false)
class RuleJson {

    @Bean
    JacksonModule ruleIdsModule() {
        return new SimpleModule("rule-ids")
                .addSerializer(Rule.class, new ValueSerializer<>() {
                    @Override
                    public void serialize(Rule rule, JsonGenerator generator, SerializationContext context) {
                        generator.writeString(rule.id());
                    }
                })
                .addDeserializer(Rule.class, new ValueDeserializer<>() {
                    @Override
                    public Rule deserialize(JsonParser parser, DeserializationContext context) {
                        var id = parser.getValueAsString();
                        return Rule.byId(id)
                                .orElseThrow(
                                        () -> InvalidFormatException.from(parser, "unknown rule id", id, Rule.class));
                    }
                });
    }
}
