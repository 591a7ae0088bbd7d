using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Employment.Web.Features.MyView;

public static class MyViewSetup
{
    /// <summary>
    /// The job seeker's own session: a cookie of its own scheme, sent only to /my, which no other route reads.
    /// Each request also checks the link behind it (see <see cref="PersonalLinks.SessionAsync"/>), so revoking
    /// or expiry ends a session at once.
    /// </summary>
    public static void AddMyView(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(PersonalLinks.Scheme, options =>
        {
            options.Cookie.Name = "employment-my-view";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(4);
            options.SlidingExpiration = true;
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(PersonalLinks.Scheme)
            .Configure<SiteLinks>((options, linkTo) => options.Cookie.Path = linkTo.MyViewHome());
        builder.Services.AddScoped<PersonalLinks>();
        builder.Services.AddScoped<MyViewPages>();
        builder.Services.AddScoped<JobSeekerAnswersSince>();
    }
}
