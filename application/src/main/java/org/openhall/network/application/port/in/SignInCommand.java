package org.openhall.network.application.port.in;

/**
 * A staff member signing in (登录): user name, password, the current code of their authenticator
 * app, and the address the attempt comes from (what the throttle counts failures against).
 */
public record SignInCommand(String username, String password, String code, String source) {

    /** Never the password or the code: commands end up in logs. */
    @Override
    public String toString() {
        return "SignInCommand[" + username + " from " + source + "]";
    }
}
