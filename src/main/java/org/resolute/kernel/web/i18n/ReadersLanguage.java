package org.resolute.kernel.web.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.resolute.kernel.LanguagePreferences;
import org.resolute.kernel.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Pages in the reader's language: the locale resolver (see {@link LanguageResolver}), {@code #fmt} in every
 * template (a {@link Formats} for the page's language), and the language switch open to everyone.
 */
@Configuration(proxyBeanMethods = false)
class ReadersLanguage {

    @Bean
    LocaleResolver localeResolver(ObjectProvider<LanguagePreferences> preferences) {
        return new LanguageResolver(preferences.getIfAvailable(() -> NOT_REMEMBERED));
    }

    @Bean
    FormatsDialect formatsDialect(MessageSource messages) {
        return new FormatsDialect(messages);
    }

    @Bean
    PublicPaths languageSwitchIsPublic() {
        return PublicPaths.of(LanguageSwitch.PATH);
    }

    private static final LanguagePreferences NOT_REMEMBERED = new LanguagePreferences() {

        @Override
        public Optional<Locale> of(String username) {
            return Optional.empty();
        }

        @Override
        public void remember(String username, Locale language) {
            // no accounts to remember it with: the cookie alone carries the choice
        }
    };

    /** Adds {@code #fmt} to every template, for the language of the page being rendered. */
    static final class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

        private static final String NAME = "fmt";
        private final MessageSource messages;

        FormatsDialect(MessageSource messages) {
            super("resolute-formats");
            this.messages = messages;
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {

                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of(NAME);
                }

                @Override
                public Object buildObject(IExpressionContext context, String expressionObjectName) {
                    return new Formats(context.getLocale(), messages);
                }

                @Override
                public boolean isCacheable(String expressionObjectName) {
                    return true;
                }
            };
        }
    }
}
