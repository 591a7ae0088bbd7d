using System.CommandLine;
using System.Net.Mail;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Cli;

/// <summary>
/// `users create-admin --email --name`: the first administrator on a production site, which has no demo accounts. It
/// prints a single-use link (24 hours) to choose a password; everyone else is invited from the site.
/// </summary>
internal static class UsersCommand
{
    /// <summary>Must match the site's reset route (PasswordsController.Reset).</summary>
    private const string SetPasswordPath = "/reset-password/";

    public static readonly TimeSpan FirstLinkLifetime = TimeSpan.FromHours(24);

    public static Command Create()
    {
        var users = new Command("users", "Accounts that must exist before anyone can sign in.");
        var email = new Option<string>("--email") { Description = "The administrator's email address.", Required = true };
        var name = new Option<string>("--name") { Description = "The administrator's full name.", Required = true };
        var address = new Option<string?>("--public-address")
        {
            Description = "The site's public address for the link. Defaults to Site__PublicAddress, then Email__SiteBaseUrl, then http://localhost:5000.",
        };
        var createAdmin = new Command("create-admin", "Create an administrator and print a single-use link to choose their password.");
        createAdmin.Options.Add(email);
        createAdmin.Options.Add(name);
        createAdmin.Options.Add(address);
        createAdmin.Options.Add(Database.ConnectionOption);
        createAdmin.SetAction(async (parse, cancellationToken) =>
        {
            var typedEmail = parse.GetValue(email)!.Trim();
            var typedName = parse.GetValue(name)!.Trim();
            if (!MailAddress.TryCreate(typedEmail, out var parsed) || parsed.Address != typedEmail || typedEmail.Length > 256)
            {
                Console.Error.WriteLine($"\"{typedEmail}\" is not an email address, like name@example.gov.uk.");
                return 1;
            }
            if (typedName.Length is 0 or > 200)
            {
                Console.Error.WriteLine("Give the administrator's full name, in 200 characters or fewer.");
                return 1;
            }
            var site = (parse.GetValue(address) ?? Environment.GetEnvironmentVariable("Site__PublicAddress")
                ?? Environment.GetEnvironmentVariable("Email__SiteBaseUrl") ?? "http://localhost:5000").TrimEnd('/');
            if (!Uri.TryCreate(site, UriKind.Absolute, out var siteUri) || siteUri.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"\"{site}\" is not a web address (http:// or https://): give --public-address.");
                return 1;
            }

            await using var dataSource = Database.Open(parse);
            await using var db = Database.Context(dataSource);
            var token = await CreateAsync(db, typedEmail, typedName, DateTimeOffset.UtcNow, cancellationToken);
            if (token is null)
            {
                Console.Error.WriteLine($"An account with the address {typedEmail} already exists: sign in, or reset its password from the sign-in page.");
                return 1;
            }
            Console.WriteLine($"Created administrator {typedName} <{typedEmail}>.");
            Console.WriteLine($"Open this link within {FirstLinkLifetime.TotalHours:0} hours to choose the password (it works once):");
            Console.WriteLine(site + SetPasswordPath + token);
            return 0;
        });
        users.Subcommands.Add(createAdmin);
        return users;
    }

    /// <summary>The account, its role and its link in one transaction; null when the address already has an account.</summary>
    public static async Task<string?> CreateAsync(EmploymentDbContext db, string email, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalised = email.ToUpperInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised || u.NormalizedUserName == normalised, cancellationToken))
        {
            return null;
        }
        var adminRole = Roles.Admin.ToUpperInvariant();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == adminRole, cancellationToken);
        if (role is null)
        {
            role = new IdentityRole<Guid>(Roles.Admin) { Id = Guid.NewGuid(), NormalizedName = Roles.Admin.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() };
            db.Roles.Add(role);
        }
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = normalised,
            Email = email,
            NormalizedEmail = normalised,
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            CreatedAt = now,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        var token = PasswordService.AddLinkRequest(db, user.Id, FirstLinkLifetime, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return token;
    }
}
