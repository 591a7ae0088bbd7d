using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Employment.Web.Infrastructure;

public static class AccountsSetup
{
    public const int MaxFailedSignIns = 5;

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
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PlainEnglishIdentityErrors>();

        builder.Services.AddScoped<Features.Account.SignInService>();

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
