/** What Word for Windows puts on the clipboard (trimmed): mso classes, a style sheet, list paragraphs. */
export const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} p.MsoListParagraphCxSpFirst {mso-style-priority:34;} @list l0:level1 {mso-level-number-format:bullet;} --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body lang=FR style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
<h1><a name="_Toc1"></a><span lang=EN-US>Field notes</span></h1>
<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt;color:#C00000'>We met <b style='mso-bidi-font-weight:normal'>twice</b> and read <i style='mso-bidi-font-style:normal'>three</i> articles.<o:p></o:p></span></p>
<h2><span lang=EN-US>What we found</span></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-US>Peers explain well<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-US>even on a phone<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-US>Time flies<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-US>Read the case<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-US>Discuss it<o:p></o:p></span></p>
<p class=MsoNormal>See <a href="https://example.org/report">the report</a><span style='mso-no-proof:yes'><img width=120 height=80 src="file:///C:/Users/ana/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" v:shapes="Picture_x0020_1"></span>.</p>
<!--EndFragment-->
</body></html>`;

/** What Google Docs puts on the clipboard (trimmed): one wrapping <b> with normal weight, styled spans. */
export const googleDocsHtml = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-7c1e5a2b-7fff-1a2b-3c4d-5e6f7a8b9c0d"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;">Plan for the class</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;">Start with a </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;">question</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:italic;"> everyone can answer</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">, then </span><a href="https://docs.example.com/d/abc" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;font-weight:400;text-decoration:underline;">the handout</span></a></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Warm-up</span></p></li><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:circle;font-size:11pt;" aria-level="2"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">five minutes</span></p></li></ul><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Pairs</span></p></li></ul><br /><ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Explain</span></p></li><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Practise</span></p></li></ol><img src="https://lh7-us.googleusercontent.com/docsz/AD_4nXd" width="200" height="100"></b>`;

/** A web page's selection with what must never come through: scripts, handlers, styles, images, unsafe links. */
export const webPageHtml = `<style>.article p { color: red; } body { display: none }</style>
<div class="article" onclick="steal(document.cookie)" style="position:fixed;inset:0">
<h2 onmouseover="steal()">Why peers teach well</h2>
<script>window.stolen = document.cookie; alert('pwned')</script>
<p>They remember <strong>being stuck</strong>, and they <em>explain</em> with <a href="javascript:alert('x')">simple words</a>.</p>
<p><img src="https://tracker.example.net/pixel.gif" onerror="steal()" alt="">Read <a href="https://example.org/peers" onclick="steal()" target="_self">the study</a> or write to <a href="mailto:team@example.org">the team</a>.</p>
<iframe src="https://ads.example.net/"></iframe>
<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a data link</a> and <a href="  JaVaScRiPt:alert(2)">a disguised one</a>.</p>
<ol><li><p>First</p></li><li><p>Second</p></li></ol>
<form action="https://evil.example/"><input name="q" value="typed"><button>Go</button></form>
</div>`;
