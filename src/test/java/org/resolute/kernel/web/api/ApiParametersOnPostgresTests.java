package org.resolute.kernel.web.api;

import org.resolute.support.OnPostgres;

@OnPostgres
class ApiParametersOnPostgresTests extends ApiParametersTests {
}
