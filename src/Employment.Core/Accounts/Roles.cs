namespace Employment.Core.Accounts;

public static class Roles
{
    public const string Coach = "coach";
    public const string Employer = "employer";
    public const string Adviser = "adviser";
    public const string Admin = "admin";
    public const string College = "college";

    public static readonly IReadOnlyList<string> All = [Coach, Employer, Adviser, Admin, College];

    public static string Label(string role) => role switch
    {
        Coach => "Job coach",
        Employer => "Employer",
        Adviser => "Jobcentre Plus adviser",
        Admin => "Administrator",
        College => "College partner",
        _ => role,
    };
}
