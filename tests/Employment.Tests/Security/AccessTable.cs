using Employment.Core.Accounts;

namespace Employment.Tests.Security;

/// <summary>Who may reach each route. A route missing from here fails the tests until someone decides.</summary>
public static class AccessTable
{
    public const string Anonymous = "anonymous";

    /// <summary>A job seeker's session from their personal link: not a role, and no role reaches these routes without one.</summary>
    public const string JobSeekerLink = "job_seeker_link";

    public static readonly IReadOnlyList<string> Everyone = [Anonymous, .. Roles.All];
    private static readonly IReadOnlyList<string> SignedIn = Roles.All;

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Rules = new Dictionary<string, IReadOnlyList<string>>
    {
        ["GET /"] = Everyone,
        ["* /health"] = Everyone,
        ["GET /sign-in"] = Everyone,
        ["POST /sign-in"] = Everyone,
        ["GET /sign-out"] = SignedIn,
        ["POST /sign-out"] = SignedIn,
        ["GET /signed-out"] = Everyone,
        ["GET /access-denied"] = Everyone,
        ["* /error/{statusCode:int}"] = Everyone,
        ["GET /accessibility"] = Everyone,
        ["GET /privacy"] = Everyone,
        ["GET /cookies"] = Everyone,
        ["GET /register-organisation"] = Everyone,
        ["POST /register-organisation"] = Everyone,
        ["GET /accept-invite"] = Everyone,
        ["POST /accept-invite"] = Everyone,
        ["GET /register-organisation/received"] = Everyone,
        // Passwords: each signed-in person changes their own; a forgotten one is reset from an emailed single-use link.
        ["GET /account/password"] = SignedIn,
        ["POST /account/password"] = SignedIn,
        ["GET /forgotten-password"] = Everyone,
        ["POST /forgotten-password"] = Everyone,
        ["GET /forgotten-password/sent"] = Everyone,
        ["GET /reset-password/{token}"] = Everyone,
        ["POST /reset-password/{token}"] = Everyone,
        ["GET /coach"] = [Roles.Coach],
        ["GET /employer"] = [Roles.Employer],
        // Outcome statistics: aggregates only, never a person.
        ["GET /adviser"] = [Roles.Adviser, Roles.Admin],
        ["GET /adviser/definitions"] = [Roles.Adviser, Roles.Admin],
        ["GET /adviser/tables/{table}.csv"] = [Roles.Adviser, Roles.Admin],
        ["GET /admin"] = [Roles.Admin],
        ["GET /admin/users"] = [Roles.Admin],
        ["GET /admin/users/invite"] = [Roles.Admin],
        ["POST /admin/users/invite"] = [Roles.Admin],
        ["GET /admin/users/{id:guid}/invitation"] = [Roles.Admin],
        ["POST /admin/users/{id:guid}/unlock"] = [Roles.Admin],
        ["GET /admin/users/{id:guid}/council"] = [Roles.Admin],
        ["POST /admin/users/{id:guid}/council"] = [Roles.Admin],
        ["GET /admin/users/{id:guid}/access"] = [Roles.Admin],
        ["POST /admin/users/{id:guid}/disable"] = [Roles.Admin],
        ["POST /admin/users/{id:guid}/enable"] = [Roles.Admin],
        ["POST /admin/users/{id:guid}/role"] = [Roles.Admin],
        // What is kept and for how long: no personal data, but it is the administrators' page.
        ["GET /admin/retention"] = [Roles.Admin],
        // People search: name or council system id, council, coach and status only, never support needs.
        ["GET /admin/people"] = [Roles.Admin],
        ["POST /admin/people/assign"] = [Roles.Admin],
        ["GET /admin/people/{id:guid}/assign"] = [Roles.Admin],
        ["POST /admin/people/{id:guid}/assign"] = [Roles.Admin],
        ["GET /admin/people/assign-all"] = [Roles.Admin],
        ["POST /admin/people/assign-all"] = [Roles.Admin],
        ["GET /admin/imports"] = [Roles.Admin],
        ["GET /admin/imports/new"] = [Roles.Admin],
        ["POST /admin/imports/new"] = [Roles.Admin],
        ["GET /admin/imports/{id:guid}"] = [Roles.Admin],
        ["POST /admin/imports/{id:guid}/run-again"] = [Roles.Admin],
        ["GET /admin/fairness"] = [Roles.Admin],
        ["GET /admin/outbox"] = [Roles.Admin],
        ["GET /admin/outbox/{id:guid}"] = [Roles.Admin],
        ["POST /admin/outbox/{id:guid}/try-again"] = [Roles.Admin],
        // Hangfire's dashboard can run and delete jobs: administrators only, and its pages alone get a looser CSP.
        ["* /hangfire/{**path}"] = [Roles.Admin],
        // An employer answers a milestone question from an emailed link without signing in: the signed token is the key.
        ["GET /employment-check"] = Everyone,
        ["POST /employment-check"] = Everyone,
        ["GET /employers/waiting"] = [Roles.Coach, Roles.Admin],
        ["POST /employers/{id:guid}/approve"] = [Roles.Coach, Roles.Admin],
        ["POST /employers/{id:guid}/reject"] = [Roles.Coach, Roles.Admin],
        // Careers profiles: a job coach works with their own caseload; administrators see records, audit them and act on data rights.
        ["GET /coach/caseload"] = [Roles.Coach],
        // Opportunities from every employer, searched by a coach for one of their people (their own caseload only).
        ["GET /coach/opportunities"] = [Roles.Coach],
        ["POST /coach/opportunities/{opportunityId:guid}/propose"] = [Roles.Coach],
        ["POST /coach/opportunities/saved-search"] = [Roles.Coach],
        ["POST /coach/opportunities/saved-search/{personId:guid}/remove"] = [Roles.Coach],
        ["POST /job-seekers/new"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/change"] = [Roles.Coach],
        ["GET /job-seekers/drafts/{draftId:guid}/{step:regex(^(about|aspirations|interests|skills|support|travel|hours|kinds)$)}"] = [Roles.Coach],
        ["POST /job-seekers/drafts/{draftId:guid}/{step:regex(^(about|aspirations|interests|skills|support|travel|hours|kinds)$)}"] = [Roles.Coach],
        ["POST /job-seekers/drafts/{draftId:guid}/interests/find"] = [Roles.Coach],
        ["GET /job-seekers/drafts/{draftId:guid}/check"] = [Roles.Coach],
        ["POST /job-seekers/drafts/{draftId:guid}/check"] = [Roles.Coach],
        // EHC plans: a coach uploads a plan into their own draft (drafts are a coach's own, as above); the careers part
        // for the annual review is for the person's coach or an administrator.
        ["GET /job-seekers/plan"] = [Roles.Coach],
        ["POST /job-seekers/plan"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/plan"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/plan"] = [Roles.Coach],
        ["GET /job-seekers/drafts/{draftId:guid}/plan"] = [Roles.Coach],
        ["POST /job-seekers/drafts/{draftId:guid}/plan"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/careers-review.docx"] = [Roles.Coach, Roles.Admin],
        ["GET /job-seekers/{id:guid}"] = [Roles.Coach, Roles.Admin],
        ["GET /job-seekers/{id:guid}/easy-read"] = [Roles.Coach, Roles.Admin],
        ["GET /job-seekers/{id:guid}/pause"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/pause"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/resume"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/coach"] = [Roles.Admin],
        ["GET /job-seekers/{id:guid}/consent"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/consent"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/consent/withdraw"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/consent/easy-read"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/data"] = [Roles.Admin],
        ["GET /job-seekers/{id:guid}/data.json"] = [Roles.Admin],
        ["GET /job-seekers/{id:guid}/erase"] = [Roles.Admin],
        ["POST /job-seekers/{id:guid}/erase"] = [Roles.Admin],
        // Suggested matches: the person's own coach decides; an administrator may look.
        ["GET /job-seekers/{id:guid}/matches"] = [Roles.Coach, Roles.Admin],
        ["GET /job-seekers/{id:guid}/matches/{opportunityId:guid}/propose"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/matches/{opportunityId:guid}/propose"] = [Roles.Coach],
        // The contact log: the person's own coach adds notes and contacts; the log shows on the record.
        ["GET /job-seekers/{id:guid}/contacts/new"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/contacts/new"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/matches/{opportunityId:guid}/not-suitable"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/matches/{opportunityId:guid}/not-suitable"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/opportunities/{id:guid}/people"] = [Roles.Coach],
        // The job seeker's own view: by their personal link (a session for that one person, which opens nothing else),
        // or on their own coach's device. Opening a link needs no sign-in; a link that does not work shows nothing personal.
        ["GET /my/link/{token}"] = Everyone,
        ["POST /my/close"] = Everyone,
        ["GET /my"] = [JobSeekerLink],
        ["POST /my"] = [JobSeekerLink],
        ["GET /my/jobs"] = [JobSeekerLink],
        ["POST /my/jobs/{opportunityId:guid}"] = [JobSeekerLink],
        ["GET /my/jobs/{opportunityId:guid}/not-for-me"] = [JobSeekerLink],
        ["POST /my/jobs/{opportunityId:guid}/not-for-me"] = [JobSeekerLink],
        ["GET /my/my-jobs"] = [JobSeekerLink],
        ["GET /job-seekers/{id:guid}/personal-link"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/personal-link"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/personal-link/stop"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/with-me"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/with-me"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/with-me/jobs"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/with-me/jobs/{opportunityId:guid}"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/with-me/jobs/{opportunityId:guid}/not-for-me"] = [Roles.Coach],
        ["POST /job-seekers/{id:guid}/with-me/jobs/{opportunityId:guid}/not-for-me"] = [Roles.Coach],
        ["GET /job-seekers/{id:guid}/with-me/my-jobs"] = [Roles.Coach],
        // Placements: the person's own coach records each step and follow-up; an administrator may look.
        ["GET /placements/{id:guid}"] = [Roles.Coach, Roles.Admin],
        ["GET /placements/{id:guid}/{step:regex(^(interviewed|offered|started|ended|declined|rejected|hours-changed|pay-changed|role-changed|still-working)$)}"] = [Roles.Coach],
        ["POST /placements/{id:guid}/{step:regex(^(interviewed|offered|started|ended|declined|rejected|hours-changed|pay-changed|role-changed|still-working)$)}"] = [Roles.Coach],
        ["GET /placements/{id:guid}/follow-ups/{followUpId:guid}"] = [Roles.Coach],
        ["POST /placements/{id:guid}/follow-ups/{followUpId:guid}"] = [Roles.Coach],
        ["GET /admin/follow-up-plans"] = [Roles.Admin],
        ["GET /admin/follow-up-plans/{id:int}"] = [Roles.Admin],
        ["POST /admin/follow-up-plans/{id:int}"] = [Roles.Admin],
        ["POST /admin/follow-up-plans/{id:int}/use-default"] = [Roles.Admin],
        // An employer's own organisation and opportunities; a job coach reaches the same pages for any employer.
        // Administrators do not act for employers: that is a job coach's work.
        ["GET /coach/employers"] = [Roles.Coach],
        ["GET /coach/employers/new"] = [Roles.Coach],
        ["POST /coach/employers/new"] = [Roles.Coach],
        ["GET /employer/organisation"] = [Roles.Employer],
        ["GET /employer/organisation/edit"] = [Roles.Employer],
        ["POST /employer/organisation/edit"] = [Roles.Employer],
        ["GET /employer/organisation/sites/new"] = [Roles.Employer],
        ["POST /employer/organisation/sites/new"] = [Roles.Employer],
        ["GET /employer/organisation/sites/{siteId:guid}/edit"] = [Roles.Employer],
        ["POST /employer/organisation/sites/{siteId:guid}/edit"] = [Roles.Employer],
        ["GET /employer/organisation/sites/{siteId:guid}/remove"] = [Roles.Employer],
        ["POST /employer/organisation/sites/{siteId:guid}/remove"] = [Roles.Employer],
        ["GET /employer/opportunities"] = [Roles.Employer],
        ["GET /employer/opportunities/new"] = [Roles.Employer],
        ["POST /employer/opportunities/new"] = [Roles.Employer],
        ["GET /employer/opportunities/{id:guid}"] = [Roles.Employer],
        ["GET /employer/opportunities/{id:guid}/edit"] = [Roles.Employer],
        ["POST /employer/opportunities/{id:guid}/edit"] = [Roles.Employer],
        ["POST /employer/opportunities/{id:guid}/close"] = [Roles.Employer],
        ["POST /employer/opportunities/{id:guid}/reopen"] = [Roles.Employer],
        ["GET /employer/opportunities/{id:guid}/suggested-people"] = [Roles.Employer],
        // "I'd like to meet" a suggested person (by their short reference): a request to the person's coach.
        ["POST /employer/opportunities/{id:guid}/suggested-people/{reference}/meet"] = [Roles.Employer],
        // An employer answers an introduction to its own opportunity: the placement's pipeline steps, recorded as the employer.
        ["GET /employer/introductions/{id:guid}"] = [Roles.Employer],
        ["GET /employer/introductions/{id:guid}/{answer:regex(^(meet|not-this-time|interviewed|offered)$)}"] = [Roles.Employer],
        ["POST /employer/introductions/{id:guid}/{answer:regex(^(meet|not-this-time|interviewed|offered)$)}"] = [Roles.Employer],
        // Contact details employers are given: the council team's (its administrator) and a staff member's own phone.
        ["GET /admin/team-contact"] = [Roles.Admin],
        ["POST /admin/team-contact"] = [Roles.Admin],
        ["GET /account/phone"] = [Roles.Coach, Roles.Admin, Roles.Adviser],
        ["POST /account/phone"] = [Roles.Coach, Roles.Admin, Roles.Adviser],
        ["GET /coach/employers/{employerId:guid}/organisation"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/organisation/edit"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/organisation/edit"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/organisation/sites/new"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/organisation/sites/new"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/organisation/sites/{siteId:guid}/edit"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/organisation/sites/{siteId:guid}/edit"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/organisation/sites/{siteId:guid}/remove"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/organisation/sites/{siteId:guid}/remove"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/opportunities"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/opportunities/new"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/opportunities/new"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/opportunities/{id:guid}"] = [Roles.Coach],
        ["GET /coach/employers/{employerId:guid}/opportunities/{id:guid}/edit"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/opportunities/{id:guid}/edit"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/opportunities/{id:guid}/close"] = [Roles.Coach],
        ["POST /coach/employers/{employerId:guid}/opportunities/{id:guid}/reopen"] = [Roles.Coach],
    };

    /// <summary>A path that reaches the route, with made-up ids (which may well find nothing: a 404 still proves access).</summary>
    public static string SamplePath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:(\w+)(\((?<options>[^}]*)\))?)?\}", m => m.Groups[3].Value switch
        {
            "int" => "404",
            // A regex of alternatives, like ^(about|skills)$: its first alternative.
            "regex" => System.Text.RegularExpressions.Regex.Match(m.Groups["options"].Value, @"\^\((\w+)").Groups[1].Value,
            _ => Guid.NewGuid().ToString(),
        });
}
