using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Employment.Web.Infrastructure;

/// <summary>Views live beside their controller: Features/Admin/Users/Index.cshtml for Features.Admin.Users.</summary>
internal sealed class FeatureFolderConvention : IControllerModelConvention
{
    public const string Key = "feature";

    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? "";
        var marker = ".Features.";
        var index = ns.IndexOf(marker, StringComparison.Ordinal);
        controller.Properties[Key] = index < 0 ? "" : ns[(index + marker.Length)..].Replace('.', '/');
    }
}

internal sealed class FeatureFolderViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue(FeatureFolderConvention.Key, out var feature))
        {
            context.Values[FeatureFolderConvention.Key] = feature as string;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureFolderConvention.Key, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/Features/{feature}/{{0}}.cshtml";
        }
        yield return "/Features/Shared/{0}.cshtml";
        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
