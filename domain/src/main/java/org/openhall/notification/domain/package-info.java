/**
 * SMS notices to applicants (短信通知): templates approved with the carrier, the notices made from
 * case events and their way to the gateway. The domain knows no gateway and no database.
 */
package org.openhall.notification.domain;
