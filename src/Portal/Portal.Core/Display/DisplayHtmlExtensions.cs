using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Portal.Core.Content.Display;

namespace Portal.Core.Display;

public static class DisplayHtmlExtensions
{
    /// <summary>
    /// Renders driver results, each with its part or field name as the form prefix so that inputs,
    /// labels and validation messages bind to the right place.
    /// </summary>
    public static async Task RenderResultsAsync(this IHtmlHelper html, IEnumerable<DisplayResult> results)
    {
        foreach (var result in results)
        {
            var viewData = new ViewDataDictionary<object>(html.ViewData, result.Model);
            viewData.TemplateInfo.HtmlFieldPrefix = result.Prefix;
            await html.RenderPartialAsync(result.ViewName, result.Model, viewData);
        }
    }
}
