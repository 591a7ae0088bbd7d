using Employment.Web.Features.MyView;
using Employment.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (!builder.HasEmploymentDatabase())
{
    Console.Error.WriteLine(DatabaseSetup.NoDatabaseMessage);
    return 1;
}

builder.AddEmploymentDatabase();
builder.AddEmploymentAccounts();
builder.AddEmploymentMvc();
builder.AddEmploymentJobs();
builder.AddEmploymentMatching();
builder.AddMyView();

var app = builder.Build();

try
{
    await app.PrepareDatabaseAsync();
    app.UseEmploymentPipeline();
    await app.RunAsync();
}
catch (Exception e) when (Employment.Web.Infrastructure.Faults.Fault.IsStartUpDatabaseProblem(e))
{
    Console.Error.WriteLine(DatabaseSetup.UnreachableMessage);
    return 1;
}
return 0;

public partial class Program;
