package org.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Typing into a Camunda Form (form-js) in the real Tasklist as a user does. form-js passes typed text on after a pause
 * (300 ms) or when the field loses focus, and re-renders the form when another field's value arrives: a field typed
 * into just before that shows its old value again. So a value is typed, the field left with Tab, and the typing
 * repeated until the value stays.
 */
public final class FormJsInput {

    private static final int ATTEMPTS = 5;

    private FormJsInput() {
    }

    /** Selects the field's whole value, types {@code value} over it and leaves the field; retried until it stays. */
    public static void replace(WebDriver driver, WebElement input, String value) {
        for (int attempt = 1;; attempt++) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(value);
            boolean typed = value.equals(input.getDomProperty("value"));
            if (typed) {
                input.sendKeys(Keys.TAB);
                pause(400);
            }
            if (typed && value.equals(input.getDomProperty("value")) || attempt == ATTEMPTS) {
                break;
            }
            pause(300);
        }
        assertThat(input.getDomProperty("value")).as("the value typed, after leaving the field").isEqualTo(value);
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
