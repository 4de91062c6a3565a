package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.InvalidInput;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page form refused for a field goes back to the page it was sent from, its filters kept, with the field's
 * error and everything the user typed; a link with a bad value gets the 400 page naming it. Never the bare 400.
 */
class PageRefusalsTests {

    private final PageExceptionHandler handler = new PageExceptionHandler(new PageShell(List.of(), null));

    @Test
    void anAmountThatIsNoNumberSendsTheFormBackWithTheInputAndTheErrorInWords() throws Exception {
        MockHttpServletRequest request = form("http://localhost/funding/pledges?fund=ANATF&donor=GBR");
        FlashMap flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);

        ModelAndView answer = handler.unreadable(mismatch("amount", BigDecimal.class, "abc"), request);

        assertThat(answer.getViewName()).isEqualTo("redirect:/funding/pledges?fund=ANATF&donor=GBR");
        FormErrors errors = (FormErrors) flash.get("errors");
        assertThat(errors.has("amount")).isTrue();
        assertThat(errors.css("amount")).isEqualTo("is-invalid");
        assertThat(errors.css("donor")).isEmpty();
        assertThat(errors.message("amount").getCodes()).containsExactly("error.number");
        assertThat(errors.value("amount", "1000")).isEqualTo("abc");
        assertThat(errors.value("donor", null)).isEqualTo("NLD");
        assertThat(errors.value("lastYear", "2021")).isEmpty();
        assertThat(errors.value("newPassword", null)).as("passwords are never kept").isEmpty();
        assertThat(errors.value("_csrf", null)).isEmpty();
    }

    @Test
    void aRefusalNamingItsWordsKeepsThemAndItsEnglishFallback() {
        MockHttpServletRequest request = form("http://localhost/advising/engagements/new");
        FlashMap flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);

        handler.refused(new InvalidInput("durationMinutes", "advising.error.duration",
                "Duration must be between 1 and 1440 minutes", 1, 1440), request);

        FormErrors errors = (FormErrors) flash.get("errors");
        assertThat(errors.message("durationMinutes").getCodes()).containsExactly("advising.error.duration");
        assertThat(errors.message("durationMinutes").getArguments()).containsExactly(1, 1440);
        assertThat(errors.message("durationMinutes").getDefaultMessage())
                .isEqualTo("Duration must be between 1 and 1440 minutes");
    }

    @Test
    void aFormFromAnotherSiteIsNotSentThereButToTheFormsOwnPath() {
        MockHttpServletRequest request = form("https://elsewhere.example/phish");

        ModelAndView answer = handler.refused(new InvalidInput("amount", "too large"), request);

        assertThat(answer.getViewName()).isEqualTo("redirect:/funding/pledges");
    }

    @Test
    void aLinkWithABadValueGetsTheErrorPageNamingTheValue() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/funding/pledges");
        request.setParameter("year", "abc");

        ModelAndView answer = handler.unreadable(mismatch("year", Integer.class, "abc"), request);

        assertThat(answer.getViewName()).isEqualTo("error");
        assertThat(answer.getStatus().value()).isEqualTo(400);
        assertThat(((FormErrors) answer.getModel().get("errors")).message("year").getCodes())
                .containsExactly("error.wholeNumber");
    }

    private static MockHttpServletRequest form(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/funding/pledges");
        request.addHeader("Referer", referer);
        request.setParameter("donor", "NLD");
        request.setParameter("amount", "abc");
        request.setParameter("_csrf", "secret");
        request.setParameter("newPassword", "correct horse battery staple");
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        return request;
    }

    private static MethodArgumentTypeMismatchException mismatch(String name, Class<?> type, String value)
            throws NoSuchMethodException {
        MethodParameter parameter = new MethodParameter(PageRefusalsTests.class.getDeclaredMethod("handler",
                BigDecimal.class), 0);
        return new MethodArgumentTypeMismatchException(value, type, name, parameter,
                new NumberFormatException(value));
    }

    @SuppressWarnings("unused")
    private static void handler(BigDecimal amount) {
        // a handler method, for the exception's parameter
    }
}
