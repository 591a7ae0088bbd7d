using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Employment.Web.Infrastructure;

public static class AccountsSetup
{
    /// <summary>
    /// Wrong passwords in a row, from anywhere, that lock an account: a backstop against guessing from many addresses.
    /// One address is stopped sooner, by the rate limiter (<see cref="SignInAttempts"/>), so an attacker at one
    /// address cannot lock out the account's owner at another (docs/decisions/0056).
    /// </summary>
    public const int MaxFailedSignIns = 10;

    /// <summary>How often a session is checked against the account: a disabled account or a changed password or role ends it within this.</summary>
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromMinutes(1);

    public static void AddEmploymentAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                // NCSC guidance: length beats composition rules.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<EmploymentDbContext>()
            .AddSignInManager<EmploymentSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PlainEnglishIdentityErrors>();

        builder.Services.AddScoped<Features.Account.SignInService>();
        builder.Services.AddSingleton<SignInAttempts>();

        // The session's security stamp is compared with the account's each interval, on the site's own clock.
        builder.Services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.ValidationInterval = SessionCheckInterval;
            options.TimeProvider = clock;
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((options, clock) => options.TimeProvider = clock);

        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(7));

        // The paths come from the routes, read when the options are first used (after the routes are mapped).
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<SiteLinks>((options, linkTo) =>
        {
            options.LoginPath = linkTo.SignIn();
            options.LogoutPath = linkTo.SignOut();
            options.AccessDeniedPath = linkTo.AccessDenied();
        });
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "employment-auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
    }
}
