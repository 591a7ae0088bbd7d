namespace Employment.Core.Interchange;

/// <summary>
/// One piece (up to <see cref="ImportUploads.ChunkBytes"/>) of an uploaded import file, kept in the database so whichever node
/// runs the import can read it (decision 0052).
/// </summary>
public class ImportUploadChunk
{
    public Guid RunId { get; set; }
    public required string FileName { get; set; }
    public int Sequence { get; set; }
    public required byte[] Data { get; set; }
}
