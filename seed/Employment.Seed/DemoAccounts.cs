namespace Employment.Seed;

/// <summary>Fixed sign-ins for demonstrations; every generated user shares the same password.</summary>
public static class DemoAccounts
{
    public const string Password = "DemoPassword1";

    public const string Coach = "coach@demo.test";
    public const string Employer = "employer@demo.test";
    public const string PendingEmployer = "pending.employer@demo.test";
    public const string Adviser = "adviser@demo.test";
    public const string Admin = "admin@demo.test";
    public const string College = "college@demo.test";

    public static readonly IReadOnlyList<string> All = [Coach, Employer, PendingEmployer, Adviser, Admin, College];
}
