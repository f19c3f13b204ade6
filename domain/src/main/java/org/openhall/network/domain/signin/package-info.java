/**
 * How staff prove who they are (身份鉴别): the second factor (动态口令), the password profiles, the
 * throttle on failed sign-ins and the lifetime of a signed-in session. Pure rules; storage,
 * hashing and transport belong to the application and its adapters.
 */
package org.openhall.network.domain.signin;
