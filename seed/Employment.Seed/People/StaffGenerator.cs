using Employment.Core.Accounts;

namespace Employment.Seed.People;

/// <summary>The demo adviser and administrator.</summary>
internal static class StaffGenerator
{
    public static List<DemoSignIn> Generate(DemoContext context)
    {
        var faker = context.FakerFor(DemoPart.Staff);
        var created = new DateTimeOffset(context.Today.AddYears(-3).AddDays(-120).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var (adminFirst, adminLast) = PersonNames.Next(faker, "");
        var admin = UserFactory.Create(faker.Random, $"{adminFirst} {adminLast}", DemoAccounts.Admin, created);
        var (adviserFirst, adviserLast) = PersonNames.Next(faker, "");
        var adviser = UserFactory.Create(faker.Random, $"{adviserFirst} {adviserLast}", DemoAccounts.Adviser, created.AddDays(30));
        context.Emails.Reserve(DemoAccounts.Admin);
        context.Emails.Reserve(DemoAccounts.Adviser);
        return [new DemoSignIn(admin, Roles.Admin), new DemoSignIn(adviser, Roles.Adviser)];
    }
}
