using Portal.Core.Content;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Metadata;
using Portal.Core.Search;

namespace Portal.Contents.Search;

/// <summary>
/// The words the run-time fields of an item show (text, formatted text, link texts, media
/// descriptions), for the modules whose pages display those fields.
/// </summary>
public static class ContentFieldTexts
{
    public static void AddTo(SearchDocument document, ContentItem item, ContentTypeDefinition type)
    {
        foreach (var field in type.Fields.OrderBy(f => f.Position))
        {
            switch (field.FieldType)
            {
                case FieldTypes.Text:
                    document.AddText(item.GetField<TextField>(field.Name).Text);
                    break;
                case FieldTypes.Html:
                    document.AddHtml(item.GetField<HtmlField>(field.Name).Html);
                    break;
                case FieldTypes.Link:
                    document.AddText(item.GetField<LinkField>(field.Name).Text);
                    break;
                case FieldTypes.Media:
                    foreach (var media in item.GetField<MediaField>(field.Name).Items)
                    {
                        document.AddText(media.AltText);
                    }

                    break;
            }
        }
    }
}
