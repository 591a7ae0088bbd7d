using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Employment.Web.Infrastructure;

public static class MvcSetup
{
    public static void AddEmploymentMvc(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Every page needs a signed-in user unless it says [AllowAnonymous], so a new page is never public by accident.
                // (A filter rather than a fallback policy, so an unknown address still gets the "Page not found" page.)
                options.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
                options.Conventions.Add(new FeatureFolderConvention());
                options.ModelBinderProviders.Insert(0, new Faults.TypedTextBinderProvider());
                options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Enter a value");
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"Enter a valid value for {field}");
                options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field => $"{field} must be a number");
            })
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureFolderViewLocationExpander()));

        builder.Services.AddSingleton<SiteLinks>();
        builder.Services.AddFormValidators();

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "employment-antiforgery";
            options.FormFieldName = "__RequestVerificationToken";
        });
    }
}
