using Portal.Contents.FrontPage;

namespace Portal.Contents.ViewModels;

/// <summary>The front page: the modules' sections by column, or the latest published when there are none.</summary>
public sealed record FrontPageViewModel(IReadOnlyList<FrontPageBlock> Blocks, IReadOnlyList<PublishedItem> Latest)
{
    public IEnumerable<FrontPageBlock> In(FrontPageColumn column) => Blocks.Where(b => b.Column == column);
}
