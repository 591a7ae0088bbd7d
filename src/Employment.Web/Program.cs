using Employment.Web.Features.MyView;
using Employment.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddEmploymentDatabase();
builder.AddEmploymentAccounts();
builder.AddEmploymentMvc();
builder.AddEmploymentJobs();
builder.AddEmploymentMatching();
builder.AddMyView();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseEmploymentPipeline();
app.PrintWelcome();

await app.RunAsync();

public partial class Program;
