using Employment.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Core;

public static class CoreServices
{
    /// <summary>The write services (decision 0034): one named service per thing a user changes.</summary>
    public static IServiceCollection AddEmploymentServices(this IServiceCollection services) => services
        .AddScoped<InvitationService>();
}
