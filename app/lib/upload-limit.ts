// The largest upload the API takes (a handbook file or a directory CSV, all files of a request
// together): 4 MiB. API Gateway hands the Lambda the body base64-encoded inside a JSON event, and a
// synchronous invocation takes at most 6 MB: 4 MiB becomes 5.6 MB, with room for the headers.
export const UPLOAD_LIMIT_BYTES = 4 * 1024 * 1024
