using Employment.Web.Features.MyView;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Nodes;
using Employment.Web.Infrastructure.Observability;

var builder = WebApplication.CreateBuilder(args);
if (!builder.HasEmploymentDatabase())
{
    Console.Error.WriteLine(DatabaseSetup.NoDatabaseMessage);
    return 1;
}

if (!builder.AddSharedKeyRing() || !builder.AddNodeRole())
{
    return 1;
}

builder.AddEmploymentDatabase();
builder.AddEmploymentTelemetry();
builder.AddEmploymentAccounts();
builder.AddEmploymentMvc();
builder.AddEmploymentJobs();
builder.AddEmploymentMatching();
builder.AddMyView();
builder.AddEmploymentPublicAddress();
builder.AddEmploymentRequestLimits();

var app = builder.Build();

try
{
    await app.PrepareDatabaseAsync();
    await app.EnsureKeyRingAsync();
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
