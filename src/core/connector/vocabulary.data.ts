/**
 * The connector's bilingual vocabulary, shipped as data: what creative freelancers do, use, make,
 * work for and where they live, each term with its Chinese and English surface forms (synonyms,
 * abbreviations, person nouns: 插画 / 插画师 / illustrator all mean "illustration").
 *
 * The tables below are plain text so that a few hundred terms stay readable and cheap to edit.
 * One term per line: `id | zh forms (space-separated, '_' for a space inside one) | en forms (comma-separated) | broader ids
 * (space-separated) | weight`. Trailing fields may be left out; `#` starts a comment line.
 * - The first zh and en form is the term's label.
 * - Forms are matched after the same normalisation as the text (NFKC, lower case, light English
 *   plural/-er/-ing normalisation, jieba for Chinese), so 'UI设计', 'ui design' and 'UI 设计' are
 *   one form, and mixed forms ('MG动画', 'VI设计') work.
 * - `broader` is kept light: it only gives partial credit (product photography → photography)
 *   and lets a text drop a generic term it already says more precisely (UI设计 → ui-design alone).
 * - The weight defaults by kind (see terms.ts); it is given here only for generic terms. A weight
 *   of 0.6 or less marks a term as generic: it never gives partial credit as the broader term (a
 *   'designer' does not answer a need for UI design), and gives way to a narrower term.
 *
 * Ambiguous forms, decided once:
 * - 'ai' alone is artificial intelligence (the `ai` term); terms.ts reads it as Adobe Illustrator
 *   when the same text names other design tools (PS, AE, ID, CDR…): "会PS和AI" is about tools,
 *   "AI startup" and "会用AI" are not. Phrases (AI绘画, AI art) are always AIGC.
 * - 'pr' is Premiere (video editing) in Chinese or tool-listing text, public relations otherwise.
 * - 'illustrator' is the person (illustration), unless named next to other design tools
 *   ("Photoshop, Illustrator, InDesign"); 'Adobe Illustrator' is always the tool.
 * - '品牌' / 'brand' alone are stop words (a client type, not a discipline); 品牌设计 / branding
 *   are the discipline.
 */

export type VocabKind =
  'discipline' | 'skill' | 'tool' | 'medium' | 'deliverable' | 'industry' | 'role' | 'city';

export interface VocabTerm {
  id: string;
  kind: VocabKind;
  zh: readonly string[];
  en: readonly string[];
  broader?: readonly string[];
  /** Overrides the kind's default weight (generic terms). */
  weight?: number;
}

/**
 * Need terms that an offer of a different term meets in full: someone who wants to learn is
 * served by a teacher, someone who looks for clients by someone who passes work on.
 */
export const MEETS: Readonly<Record<string, readonly string[]>> = {
  learning: ['teaching', 'course', 'mentor'],
  'business-development': ['outsourcing'],
  fundraising: ['investor'],
};

const DISCIPLINES = `
# design
design | 设计 设计师 做设计 | design, designer, designers | | 0.4
graphic-design | 平面设计 平面设计师 平面 视觉设计 视觉设计师 | graphic design, graphic designer, visual design, visual designer, graphics, graphic | design
branding | 品牌设计 品牌设计师 品牌视觉 品牌形象 品牌形象设计 品牌识别 视觉识别 VI VI设计 VIS 品牌全案 | branding, brand identity, brand design, brand designer, visual identity, identity design, corporate identity, vi, vis, rebrand, rebranding, brand identities | design
brand-strategy | 品牌策略 品牌定位 品牌咨询 品牌策划 策略 | brand strategy, brand strategist, brand positioning, positioning, brand consulting, strategy | branding
naming | 品牌命名 起名 命名 取名 | naming, brand naming, name ideas | brand-strategy
packaging | 包装 包装设计 包装设计师 包装盒 包装结构 | packaging, packaging design, package design, packaging designer, dieline, dielines | graphic-design
label-design | 标签设计 酒标 瓶标 贴标 | label design, labels, wine label, bottle label | packaging
type-design | 字体设计 字体设计师 造字 字体 字型设计 字库 | type design, typeface design, font design, type designer, font, fonts, typeface, typefaces, custom type | design
typography | 排版 版式 版式设计 字体排印 排版设计 | typography, typesetting, layout, layouts, layout design, typographer | graphic-design
lettering | 手写字 手绘字体 字体插画 艺术字 标题字 | lettering, hand lettering, custom lettering, letterer | type-design
calligraphy | 书法 毛笔字 硬笔书法 篆刻 | calligraphy, calligrapher, brush lettering, seal carving | lettering
ecommerce-design | 电商设计 详情页 详情页设计 主图 主图设计 电商美工 美工 店铺装修 电商视觉 | e-commerce design, ecommerce design, product listing, listing images, listing design, amazon listing, product page design | graphic-design ecommerce
print-design | 印刷品 物料 物料设计 宣传物料 印刷设计 | print design, print, printed materials, print materials, collateral, marketing collateral | graphic-design
print-production | 印刷 印刷厂 印厂 印刷工艺 印前 | printing, print production, offset printing, digital printing, print shop, printer, printers, prepress | print-design
book-design | 书籍设计 装帧 装帧设计 书籍装帧 书封 书封设计 | book design, book designer, book cover, book covers, book cover design | graphic-design publishing cover
editorial-design | 杂志设计 杂志排版 编排设计 画册排版 | editorial design, magazine design, magazine layout, publication design | typography
infographic | 信息图 信息图表 数据可视化 信息设计 图表设计 | infographic, infographics, data visualization, data visualisation, dataviz, data viz, information design, charts | graphic-design
presentation | PPT PPT设计 演示文稿 幻灯片 路演PPT 汇报PPT Keynote | ppt, powerpoint, presentation, presentations, presentation design, slides, slide deck, deck, pitch deck, keynote | graphic-design
social-graphics | 社媒配图 小红书封面 公众号配图 新媒体美工 | social media graphics, social media design, instagram posts, social posts | graphic-design social-media
email-design | 邮件设计 EDM | email design, email templates, edm, newsletter design | graphic-design
wayfinding | 导视 导视设计 导视系统 标识系统 | wayfinding, signage, signage design, environmental graphics, wayfinding design | graphic-design spatial-design
# illustration and art
art | 艺术 纯艺 当代艺术 艺术家 艺术创作 | art, artist, artists, fine art, contemporary art, artwork, artworks | | 0.4
illustration | 插画 插画师 插图 插画设计 商业插画 画 画插画 画画 手绘 画师 绘画师 绘师 板绘 数字绘画 厚涂 | illustration, illustrations, illustrator, illustrate, illustrated, drawing, drawings, draw, hand drawn, digital painting, digital illustration | art
editorial-illustration | 杂志插画 书籍插画 出版插画 新闻插画 | editorial illustration, book illustration, magazine illustration, editorial illustrator | illustration
concept-art | 原画 原画师 概念设计 概念艺术 概念图 游戏原画 概念美术 场景原画 场景设计 | concept art, concept artist, concept design, concept designer, environment design, environment art | illustration
character-design | 角色设计 人设 人物设计 角色原画 立绘 Q版 | character design, character designer, character art, character illustration, chibi | illustration
comics | 漫画 条漫 连环画 漫画家 漫画师 四格漫画 | comics, comic, manga, webtoon, webtoons, comic artist, graphic novel, cartoon, cartoonist, cartoons | illustration
storyboard | 分镜 故事板 分镜师 分镜头 | storyboard, storyboards, storyboarding, storyboard artist, animatic | illustration
pixel-art | 像素画 像素美术 像素风 | pixel art, pixel artist, pixelart | illustration
sketching | 速写 草图 素描 | sketch, sketches, sketching, sketchbook | illustration
painting | 绘画 画家 | painting, paintings, painter, fine art painting | art
sculpture | 雕塑 雕塑家 | sculpture, sculptor, sculptures | art
installation | 装置 装置艺术 艺术装置 | installation, installation art, installations, art installation | art
mural | 壁画 墙绘 涂鸦 | mural, murals, graffiti, street art, wall painting | painting
printmaking | 版画 丝网印刷 丝印 木刻 孔版 | printmaking, screen printing, screenprinting, silkscreen, risograph, riso, riso print, riso printing, linocut, woodcut | art
tattoo | 纹身 刺青 纹身师 纹身设计 | tattoo, tattoos, tattoo artist, tattoo design | art
# digital product
ui-design | UI UI设计 UI设计师 界面设计 界面 GUI APP设计 | ui, ui design, ui designer, user interface, interface design, gui, app design, app ui, mobile ui | design
ux-design | 交互 交互设计 交互设计师 UX UX设计 用户体验 体验设计 用户体验设计 | ux, ux design, ux designer, interaction design, interaction designer, user experience, ixd, experience design, user flow, user flows, user journey | design
user-research | 用户研究 用研 用户调研 可用性测试 用户访谈 | user research, ux research, ux researcher, user researcher, usability testing, user interviews, usability | ux-design
service-design | 服务设计 | service design, service designer | ux-design
ux-writing | UX文案 界面文案 | ux writing, ux writer, microcopy | ux-design copywriting
accessibility | 无障碍 无障碍设计 | accessibility, a11y, accessible design | ux-design
prototype | 原型 原型设计 线框图 高保真 低保真 交互原型 | prototype, prototypes, prototyping, wireframe, wireframes, wireframing, clickable prototype | ux-design
product-design | 产品设计 产品设计师 | product design, product designer, digital product design | design
web-design | 网页设计 网站设计 官网设计 网页设计师 落地页 落地页设计 | web design, web designer, website design, webdesign, landing page, landing pages, landing page design | ui-design website
design-system | 设计系统 组件库 设计规范 | design system, design systems, component library, ui kit | ui-design
icon-design | 图标 图标设计 | icon, icons, icon design, iconography, icon designer | ui-design
hmi-design | 车机 车机设计 HMI | hmi, hmi design, automotive ui | ui-design automotive
# motion, 3D, VFX
motion-design | 动效 动态设计 动画 MG动画 动效设计 动效设计师 动效师 动画师 动画设计 动态图形 MG 动图 GIF MG | motion design, motion graphics, motion designer, animation, animations, animator, animated, animate, after effects, ae, mograph, motion, motion graphic, gif, gifs | design
ui-motion | UI动效 UI动效设计 交互动效 微交互 | ui animation, ui animations, ui motion, micro interactions, microinteractions | motion-design
logo-animation | 动态logo logo动画 logo演绎 | logo animation, logo animations, animated logo, animate logo, logo reveal | motion-design logo
2d-animation | 二维动画 2D动画 手绘动画 逐帧动画 帧动画 逐帧 | 2d animation, 2d animator, frame by frame, frame by frame animation, cel animation, traditional animation, hand drawn animation | motion-design
3d-animation | 三维动画 3D动画 | 3d animation, 3d animator, 3d motion | 3d motion-design
character-animation | 角色动画 | character animation, character animator | motion-design
stop-motion | 定格动画 定格 | stop motion, stopmotion, claymation | motion-design
title-design | 片头 片头设计 片头包装 栏目包装 影视包装 | title design, title sequence, title sequences, opening titles, broadcast design | motion-design
kinetic-type | 动态字体 文字动画 | kinetic typography, kinetic type, text animation | motion-design
3d | 三维 3D C4D Blender 三维设计 3D设计 三维设计师 3D设计师 CG | 3d, c4d, cinema 4d, blender, 3d design, 3d designer, 3d artist, 3d art, 3d graphics, cgi, cg | design
3d-modeling | 建模 三维建模 3D建模 建模师 模型师 硬表面 | 3d modeling, 3d modelling, modeling, modelling, modeler, modeller, 3d model, 3d models, 3d modeler, hard surface | 3d
sculpting | 雕刻 数字雕刻 雕模 | sculpting, digital sculpting, sculpt | 3d-modeling
texturing | 材质 贴图 材质贴图 | texturing, textures, texture, texture artist, pbr | 3d
rigging | 绑定 骨骼绑定 | rigging, rigger, character rigging | 3d-animation
rendering | 渲染 效果图 渲染师 产品渲染 | rendering, render, renders, 3d rendering, 3d render, 3d renders, 3d visualization, product rendering, product renders | 3d product-images
archviz | 建筑可视化 室内效果图 建筑效果图 建筑动画 | archviz, arch viz, architectural visualization, architectural visualisation, architectural rendering | rendering architecture
3d-printing | 3D打印 手办打印 | 3d printing, 3d print, 3d printed | 3d
vfx | 特效 视效 影视特效 后期特效 视觉特效 | vfx, visual effects, special effects, vfx artist | film
compositing | 合成 抠像 | compositing, compositor, keying, green screen, rotoscoping, roto | vfx
matte-painting | 绘景 | matte painting, matte painter | vfx
motion-capture | 动捕 动作捕捉 | motion capture, mocap | 3d-animation
virtual-production | 虚拟拍摄 虚拟制片 | virtual production | vfx
xr | XR 混合现实 元宇宙 | xr, mixed reality, metaverse, spatial computing, vision pro | 
ar | AR 增强现实 AR滤镜 AR特效 | ar, augmented reality, ar filter, ar filters, ar effects, spark ar, lens studio | xr
vr | VR 虚拟现实 VR游戏 | vr, virtual reality, vr game, vr games | xr
creative-coding | 创意编程 生成艺术 新媒体艺术 交互装置 | creative coding, generative art, creative technologist, interactive installation, p5.js, new media art | 
# games
game-development | 游戏开发 游戏程序 游戏开发者 做游戏 游戏制作 | game development, game dev, gamedev, game developer, game programming, game programmer | development game
game-design | 游戏设计 游戏策划 关卡设计 数值策划 游戏设计师 | game design, game designer, level design, level designer | game
narrative-design | 剧情策划 叙事设计 | narrative design, narrative designer | game-design writing
game-art | 游戏美术 游戏美宣 游戏美术设计 游戏素材 | game art, game artist, game assets, game asset, sprites | illustration game
game-audio | 游戏音效 游戏音频 | game audio, game sound | sound-design game
# photography
shooting | 拍摄 拍 | shoot, shoots, shooting | | 0.6
photography | 摄影 摄影师 拍照 摄影作品 照片 平面摄影 平面摄影师 | photography, photographer, photographers, photo, photos, photograph, photographs, photoshoot, photo shoot | shooting
product-photography | 产品摄影 产品照 拍产品 产品拍摄 产品照片 电商摄影 静物摄影 商品摄影 商品拍摄 产品摄影师 | product photography, product photo, product photos, product photographer, product shot, product shots, product shoot, still life photography, still life, ecommerce photography, e-commerce photography, packshot, packshots | photography product-images
jewelry-photography | 珠宝摄影 首饰拍摄 | jewelry photography, jewellery photography | product-photography
portrait-photography | 人像摄影 人像 写真 拍写真 拍人像 肖像 肖像摄影 形象照 证件照 头像照 人像摄影师 | portrait photography, portrait, portraits, portrait photographer, headshot, headshots | photography
family-photography | 亲子摄影 儿童摄影 家庭摄影 新生儿摄影 | family photography, newborn photography, kids photography, family photographer | portrait-photography
wedding-photography | 婚礼摄影 拍婚礼 婚纱摄影 婚礼跟拍 婚拍 婚纱照 婚礼摄影师 | wedding photography, wedding photographer, wedding photos, wedding shoot, pre-wedding, prewedding | photography wedding
fashion-photography | 时尚摄影 服装摄影 时装摄影 模特拍摄 | fashion photography, fashion photographer, fashion shoot, lookbook, lookbooks | photography fashion
food-photography | 美食摄影 拍美食 食物摄影 美食拍摄 菜品拍摄 | food photography, food photographer, food photos | photography food-beverage
architectural-photography | 建筑摄影 空间摄影 室内摄影 | architectural photography, architecture photography, interior photography, real estate photography | photography
event-photography | 活动摄影 活动跟拍 会议摄影 跟拍 活动拍摄 | event photography, event photographer, event coverage, event photos | photography
sports-photography | 体育摄影 运动摄影 | sports photography, sports photographer | photography
street-photography | 街拍 街头摄影 扫街 | street photography, street photographer | photography
documentary-photography | 纪实摄影 人文摄影 新闻摄影 | documentary photography, documentary photographer, photojournalism, photojournalist | photography
pet-photography | 宠物摄影 | pet photography, pet photographer | photography pet
film-photography | 胶片 胶片摄影 胶片相机 | film photography, analog photography, analogue photography, 35mm, medium format | photography
stock-photography | 图库 图库摄影 | stock photography, stock photos, stock footage | photography
aerial | 航拍 无人机 无人机航拍 | aerial photography, aerial, drone, drone footage, drone photography, drone pilot | photography videography
retouching | 修图 修图师 精修 调图 PS修图 P图 后期修图 人像精修 | retouching, retoucher, retouch, photo retouching, photo editing, photo retoucher, image editing | photography
lighting | 布光 打光 灯光 灯光师 | lighting, light setup, studio lighting, gaffer | photography
# video and film
video | 视频 视频制作 影片 影像 | video, videos, video production, video content, footage | | 0.5
videography | 摄像 摄像师 视频拍摄 拍视频 拍摄视频 跟拍视频 录像 | videography, videographer, video shoot, video shooting, filming, camera operator, film crew | video shooting
cinematography | 摄影指导 电影摄影 | cinematography, cinematographer, director of photography, dop | videography film
video-editing | 剪辑 剪辑师 视频剪辑 后期剪辑 PR 剪片 剪视频 视频编辑 | video editing, video editor, editing, editor, editors, premiere, premiere pro, pr, film editing, film editor, edit, edits | video
color-grading | 调色 调色师 达芬奇调色 | color grading, colour grading, colorist, colourist, color correction, colour correction, grading | post-production
post-production | 后期 后期制作 | post production, postproduction | video
short-video | 短视频 短视频制作 短片视频 | short video, short videos, short form video, reels, shorts | video
documentary | 纪录片 | documentary, documentaries, documentary film, documentary filmmaker | film
directing | 导演 执导 电影人 | director, directing, film director, video director, filmmaker, filmmakers, filmmaking | film
screenwriting | 编剧 剧本 脚本 视频脚本 剧本创作 | screenwriting, screenwriter, script, scripts, scriptwriting, scriptwriter, screenplay | writing film
producing | 制片 制片人 监制 制片管理 | producer, producers, producing, film producer, line producer, executive producer, production manager | film
# sound and music
music | 音乐 音乐人 歌手 乐手 唱片 厂牌 | music, musician, musicians, singer, band, songwriter, record label, music label | 
music-composition | 作曲 编曲 配乐 作曲家 音乐制作 音乐制作人 原创音乐 编曲师 广告歌 | music composition, composer, composing, film score, scoring, soundtrack, music producer, music production, beat making, beats, jingle | music
lyrics | 作词 歌词 | lyrics, lyricist | music writing
dj | DJ 打碟 | dj, djing | 
sound-design | 音效 声音设计 拟音 音频 | sound design, sound designer, sfx, foley, audio, sound effects, audio design | 
mixing | 混音 母带 缩混 录音 音频剪辑 | mixing, mastering, mix, mixing engineer, audio engineer, recording, audio editor, audio editing, podcast editing | music
voice-over | 配音 配音员 配音演员 声优 旁白 | voice over, voiceover, voice actor, voice acting, dubbing, narration, narrator, vo | 
# words
writing | 写作 撰稿 写手 作家 作者 | writing, writer, writers, author, authors | | 0.6
copywriting | 文案 文案策划 广告文案 文案写作 标语 slogan | copywriting, copywriter, copy, ad copy, slogan, slogans, tagline, taglines, product copy | writing
content-writing | 内容写作 公众号写作 软文 推文 公众号文章 | content writing, content writer, blog, blogs, blog posts, articles, blogging, ghostwriting, ghostwriter, newsletter, newsletters | writing
technical-writing | 技术文档 | technical writing, technical writer, documentation | writing
fiction | 小说 网文 | fiction, novel, novels, novelist | writing
poetry | 诗歌 写诗 | poetry, poet, poems | writing
translation | 翻译 本地化 中英翻译 英文翻译 口译 笔译 译者 | translation, translator, translating, localization, localisation, interpreting, interpreter, chinese translation, english translation | 
subtitling | 字幕 字幕翻译 听译 | subtitles, subtitle, subtitling, captioning, closed captions | translation
proofreading | 编辑 校对 审校 润色 文字编辑 | copy editing, copyediting, copy editor, copyeditor, proofreading, proofreader | writing
storytelling | 叙事 讲故事 故事 | storytelling, story, stories, narrative | writing
# marketing
marketing | 营销 市场营销 推广 品牌营销 增长 营销策划 整合营销 | marketing, marketer, growth, promotion, go to market, gtm, growth marketing, brand marketing | | 0.6
social-media | 新媒体 社交媒体 新媒体运营 社媒 社媒运营 自媒体 账号运营 | social media, social media marketing, smm, social media manager, social content | marketing
operations | 运营 内容运营 用户运营 社群运营 活动运营 私域 私域运营 | operations, ops, community management, community manager, content operations, private traffic | marketing
content-creation | 博主 达人 KOL KOC 网红 UP主 内容创作者 自媒体人 | content creator, content creators, content creation, influencer, influencers, kol, koc, blogger, bloggers, youtuber | social-media
livestream | 直播 直播带货 主播 | livestream, livestreaming, live streaming, streaming, streamer, live commerce | marketing
seo | SEO SEM 搜索优化 | seo, sem, search engine optimization, search marketing | marketing
email-marketing | 邮件营销 | email marketing | marketing
media-buying | 投放 广告投放 信息流 投流 千川 | media buying, paid ads, paid social, ad buying, performance marketing | marketing
public-relations | 公关 媒体关系 危机公关 | public relations, pr agency, press relations, media relations, press release | marketing
business-development | 商务拓展 商务 BD 拓客 获客 找客户 找甲方 接单 找项目 客户资源 | business development, biz dev, bd, sales, lead generation, client acquisition, new clients, more clients, find clients, get clients, finding clients | 
# space, fashion, objects
spatial-design | 空间设计 | spatial design, space design | design
exhibition-design | 展览设计 展陈 展陈设计 展台设计 会展设计 展厅设计 | exhibition design, exhibit design, booth design, trade show booth, exhibition designer | spatial-design
interior-design | 室内设计 室内设计师 软装 软装设计 家装 家装设计 | interior design, interior designer, interiors, interior styling | spatial-design
architecture | 建筑 建筑设计 建筑师 | architecture, architect, architects, architectural design | spatial-design
landscape-design | 景观设计 园林设计 景观 | landscape design, landscape architecture, landscape architect, garden design | architecture
urban-design | 城市设计 城市更新 城市规划 | urban design, urban planning, urban planner | architecture
set-design | 布景 舞美 舞台设计 场景搭建 置景 | set design, set designer, stage design, scenography, production design, production designer, set building | spatial-design
window-display | 橱窗 橱窗设计 陈列 美陈 视觉陈列 | window display, window displays, visual merchandising, display design, retail display | spatial-design
lighting-design | 灯光设计 照明设计 | lighting design, lighting designer | spatial-design
industrial-design | 工业设计 工业设计师 产品外观 外观设计 结构设计 | industrial design, industrial designer, id design, physical product design, hardware design | design
furniture-design | 家具设计 | furniture design, furniture designer | industrial-design
toy-design | 玩具设计 潮玩设计 | toy design, toy designer | industrial-design toys
car-design | 汽车设计 | car design, automotive design | industrial-design automotive
cmf | CMF | cmf, colour material finish, color material finish | industrial-design
fashion-design | 服装设计 时装设计 服装设计师 服设 | fashion design, fashion designer, apparel design, clothing design | design fashion
costume-design | 戏服 服装造型 | costume design, costume designer, costumes | fashion-design
footwear-design | 鞋类设计 鞋子设计 | footwear design, shoe design, shoe designer | fashion-design
bag-design | 箱包设计 包袋设计 | bag design, handbag design | fashion-design
textile-design | 面料设计 图案设计 印花设计 纺织品设计 花型设计 印花 | textile design, textile designer, pattern design, surface pattern, surface design, print pattern, textile | fashion-design
patternmaking | 打版 制版 版师 纸样 | pattern making, patternmaking, pattern maker | fashion-design
sewing | 缝纫 裁缝 手工缝制 | sewing, tailoring, tailor, seamstress | fashion-design
jewelry-design | 珠宝设计 首饰设计 首饰 饰品 珠宝 | jewelry design, jewellery design, jewelry, jewellery, jewelry designer, jeweler, jeweller, accessories design | design
# crafts
crafts | 手工 手作 手工艺 手工艺人 手艺人 | crafts, craft, handmade, crafting, artisan, artisans | art
ceramics | 陶艺 陶瓷 瓷器 陶艺师 烧陶 陶艺家 | ceramics, ceramic, pottery, ceramicist, ceramist, potter, porcelain | crafts
leathercraft | 皮具 皮革 皮艺 | leather, leathercraft, leatherwork, leather goods | crafts
woodworking | 木工 木作 木艺 | woodworking, woodwork, carpentry, woodworker, furniture making | crafts
embroidery | 刺绣 绣花 | embroidery, embroidered, needlework | crafts
knitting | 编织 钩针 毛线 | knitting, crochet, weaving | crafts
paper-craft | 纸艺 剪纸 折纸 | paper craft, papercraft, papercut, paper cutting, origami, paper art | crafts
metalwork | 金工 金属工艺 | metalwork, metalsmith, silversmith | crafts
bookbinding | 手工书 书籍装订 | bookbinding, book binding | crafts
floral-design | 花艺 花艺师 花艺设计 插花 | floral design, florist, floral, flowers, flower arrangement | crafts
# people's looks
styling | 造型 造型师 服装搭配 形象设计 | styling, stylist, stylists, wardrobe, wardrobe stylist, fashion stylist | fashion
makeup | 化妆 化妆师 妆造 彩妆 妆发 跟妆 | makeup, make up, makeup artist, mua, hair and makeup, hmua | beauty
hair | 发型 发型师 | hairstylist, hair stylist, hairdresser, hair styling | styling
nail-art | 美甲 美甲师 | nail art, nail artist, nails | beauty
prop-styling | 道具 道具师 道具制作 | props, prop styling, prop stylist, prop making | styling
food-styling | 食物造型 美食造型 | food styling, food stylist | styling food-beverage
cosplay | COS 角色扮演 | cosplay, cosplayer | anime
dance | 舞蹈 编舞 舞者 | dance, dancer, dancers, choreography, choreographer | 
theatre | 戏剧 话剧 剧场 | theatre, theater, drama, stage play | 
# technology
development | 开发 开发者 程序 程序员 编程 写代码 技术 工程师 码农 软件开发 | development, developer, developers, dev, devs, programming, programmer, coding, coder, engineer, engineering, software, software development, software engineer | | 0.4
front-end | 前端 前端开发 前端工程师 网页开发 网站开发 | front-end, frontend, front end, front-end developer, frontend developer, frontend development, web development, web developer, ui development, ui developer, ui engineer, html, css, javascript, js | development website
h5 | H5 H5开发 H5页面 互动H5 | h5, html5, html5 games, interactive web pages | front-end
back-end | 后端 后端开发 服务端 后台开发 | back-end, backend, back end, backend developer, server side, api, apis, database, databases, python, java, php, golang, node.js, nodejs | development
full-stack | 全栈 全栈开发 全栈工程师 | full stack, fullstack, full stack developer | development front-end back-end
mini-program-development | 小程序开发 微信小程序开发 小程序开发者 | mini program development, mini program developer, mini program dev | development mini-program
mobile-development | 移动开发 APP开发 iOS开发 安卓开发 Android开发 客户端开发 | app development, mobile development, mobile developer, app developer, ios, android, ios development, android development, swift, kotlin, flutter, react native, mobile app development | development app
devops | 运维 部署 服务器 云服务 | devops, deployment, cloud, aws, server, servers, hosting, sysadmin | back-end
qa | 软件测试 测试 | qa, software testing, tester | development
hardware-development | 硬件开发 嵌入式 单片机 电路设计 | hardware development, embedded, arduino, electronics, raspberry pi, firmware, pcb | development
blockchain-development | 区块链开发 智能合约 | blockchain development, smart contracts, smart contract, solidity | development web3
data-analysis | 数据分析 数据挖掘 数据科学 | data analysis, data analytics, analytics, data analyst, data science, data scientist | 
machine-learning | 机器学习 深度学习 算法 大模型 模型训练 聊天机器人 | machine learning, ml, deep learning, algorithms, algorithm, llm, llms, model training, fine tuning, chatbot, chatbots | ai development
aigc | AIGC AI绘画 AI绘图 AI出图 AI生成 AI视频 AI艺术 AI插画 生成式AI AI作图 AI设计 | aigc, ai art, ai artist, ai generated, ai image, ai images, ai video, generative ai, gen ai, genai, ai illustration, prompt engineering, prompts, prompt | ai
# work around the work
project-management | 项目管理 项目经理 项目统筹 统筹 | project management, project manager, project managers, coordination, coordinator | 
product-management | 产品经理 产品管理 | product manager, product management, product owner | 
event-planning | 活动策划 活动执行 会务 活动组织 | event planning, event planner, event management, event organizer, event organiser, event production | events
curation | 策展 策展人 展览策划 | curation, curating, curator, curatorial, exhibition curation | art
research | 研究 调研 市场调研 | research, researcher, market research | | 0.6
`;

const SKILLS = `
legal | 法务 律师 合同 版权 知识产权 商标注册 侵权 | legal, lawyer, lawyers, contract, contracts, copyright, intellectual property, ip law, trademark, trademarks, attorney | 
accounting | 财务 记账 报税 税务 会计 发票 代账 | accounting, accountant, bookkeeping, bookkeeper, tax, taxes, invoicing, invoices, invoice | 
pricing | 报价 定价 收费 | pricing, price, rates, quote, quotes, quoting | 
public-speaking | 演讲 主持 主持人 | public speaking, speaker, keynote speaker, host, mc, emcee | 
consulting | 顾问 咨询 | consultant, consulting, consultancy | | 0.6
licensing | 授权 版权授权 IP授权 | licensing, license, licence, art licensing | legal
learning | 学 学习 想学 自学 入门 进修 学做 | learn, learning, study, studying | 
`;

const TOOLS = `
figma | Figma | figma | ui-design
photoshop | PS Photoshop | photoshop, ps, adobe photoshop | retouching graphic-design
adobe-illustrator | Adobe_Illustrator | adobe illustrator, illustrator cc | graphic-design
indesign | InDesign ID排版 | indesign, adobe indesign, indd | typography
lightroom | LR Lightroom | lightroom, lr, adobe lightroom | retouching
capture-one | Capture_One | capture one | retouching
procreate | Procreate | procreate | illustration
clip-studio | 优动漫 | clip studio, clip studio paint, csp, manga studio | comics
sai | SAI Krita | sai, paint tool sai, krita | illustration
coreldraw | CDR CorelDRAW | coreldraw, cdr, corel draw | graphic-design
canva | 可画 Canva 稿定设计 创客贴 | canva | graphic-design
affinity | Affinity | affinity designer, affinity photo, affinity publisher, affinity | graphic-design
final-cut | FCP | final cut, final cut pro, fcp, fcpx | video-editing
davinci | 达芬奇 | davinci, davinci resolve, da vinci | color-grading video-editing
capcut | 剪映 | capcut, jianying | video-editing short-video
maya | Maya | maya, autodesk maya | 3d-animation 3d-modeling
3ds-max | 3DMAX 3ds_Max | 3ds max, 3dsmax, 3dmax | 3d-modeling archviz
zbrush | ZBrush | zbrush | sculpting
houdini | Houdini | houdini, sidefx | vfx 3d
nuke | Nuke | nuke | compositing
substance | Substance | substance painter, substance designer, substance 3d | texturing
keyshot | KeyShot | keyshot | rendering
octane | OC渲染 Octane Redshift VRay 渲染器 | octane, octane render, redshift, vray, v-ray, arnold render, corona render | rendering
rhino | 犀牛 Rhino Grasshopper 参数化设计 | rhino, rhino 3d, rhinoceros, grasshopper, parametric design | industrial-design architecture
sketchup | SU 草图大师 SketchUp | sketchup, sketch up | architecture interior-design
autocad | CAD AutoCAD Revit | autocad, cad, revit | architecture industrial-design
unity | Unity U3D 团结引擎 | unity, unity3d, u3d | game-development
unreal | UE UE4 UE5 虚幻 虚幻引擎 | unreal, unreal engine, ue, ue4, ue5 | game-development virtual-production
godot | Godot | godot | game-development
cocos | Cocos | cocos, cocos creator, cocos2d | game-development
touchdesigner | TouchDesigner | touchdesigner, touch designer | creative-coding
midjourney | MJ Midjourney | midjourney, mj | aigc
stable-diffusion | Stable_Diffusion SD ComfyUI | stable diffusion, sd, comfyui, comfy ui, lora, controlnet | aigc
ai-video-tools | 可灵 即梦 Runway Sora | runway ml, sora, kling, pika | aigc
chatgpt | ChatGPT GPT 豆包 Kimi DeepSeek 文心一言 Claude | chatgpt, gpt, openai, claude, deepseek | ai
spline | Spline | spline, spline 3d | 3d web-design
protopie | ProtoPie Principle | protopie, principle app, origami studio | prototype
framer | Framer | framer | no-code
webflow | Webflow | webflow | no-code
wordpress | WordPress WP | wordpress, wp | website
shopify | Shopify 独立站 | shopify, woocommerce | ecommerce website
lottie | Lottie | lottie, bodymovin | motion-design
rive | Rive | rive | motion-design
spine | Spine Spine动画 骨骼动画 | spine, spine animation, skeletal animation | 2d-animation
live2d | Live2D | live2d | 2d-animation
toon-boom | Toon_Boom | toon boom, toon boom harmony | 2d-animation
aseprite | Aseprite | aseprite | pixel-art
daw | 编曲软件 Ableton Logic | ableton, ableton live, logic pro, fl studio, cubase, pro tools, daw | music-composition
audition | Audition | adobe audition | sound-design
react | React | react, react.js, reactjs, next.js, nextjs | front-end
vue | Vue | vue, vue.js, vuejs, nuxt | front-end
no-code | 低代码 无代码 | no code, nocode, low code, lowcode | website
`;

const MEDIA = `
watercolor | 水彩 水彩画 | watercolor, watercolour, watercolors, watercolours | painting
ink-painting | 水墨 国画 水墨画 | ink painting, ink wash, chinese painting | painting
oil-painting | 油画 | oil painting, oil paintings, oils | painting
acrylic | 丙烯 丙烯画 | acrylic, acrylics, acrylic painting | painting
gouache | 水粉 | gouache | painting
markers | 马克笔 | markers, marker drawing | illustration
colored-pencil | 彩铅 彩色铅笔 | colored pencil, coloured pencil, colored pencils | illustration
collage | 拼贴 拼贴画 | collage, collages | art
clay | 黏土 粘土 | clay, polymer clay | ceramics
mini-program | 小程序 微信小程序 支付宝小程序 | mini program, mini programs, miniprogram, wechat mini program, wechat mini programs, mini app, mini apps | 
xiaohongshu | 小红书 红书 | xiaohongshu, xhs, rednote | social-media
wechat | 微信 公众号 微信公众号 服务号 视频号 朋友圈 | wechat, wechat official account, official account, weixin | social-media
douyin | 抖音 | douyin, tiktok | short-video
bilibili | B站 哔哩哔哩 | bilibili | 
weibo | 微博 | weibo | social-media
instagram | INS | instagram, ig, insta | social-media
youtube | 油管 YouTube | youtube, yt | 
behance | 站酷 Behance Dribbble ArtStation | behance, dribbble, zcool, artstation | 
linkedin | 领英 | linkedin | 
podcast | 播客 播客制作 | podcast, podcasts, podcasting, podcaster | 
community | 社群 社区 | community, communities | | 0.6
crowdfunding | 众筹 摩点 | crowdfunding, kickstarter, indiegogo | 
venue | 场地 场地租赁 摄影棚 影棚 空间租赁 | venue, venues, studio space, studio rental, photo studio, event space, space rental | 
equipment | 器材 设备 设备租赁 器材租赁 相机 镜头 | equipment, gear, camera, cameras, lens, lenses, equipment rental, gear rental | 
`;

const DELIVERABLES = `
logo | 标志 LOGO 标志设计 商标设计 logo设计 字标 | logo, logos, logo design, logotype, logo designer, wordmark, logomark | branding
brand-guidelines | 品牌手册 VI手册 品牌规范 品牌指南 | brand guidelines, brand guide, brand book, brand manual, style guide, brand guideline | branding
poster | 海报 海报设计 静态海报 宣传海报 电影海报 | poster, posters, poster design, movie poster, gig poster | graphic-design
picture-book | 绘本 儿童绘本 童书 图画书 | picture book, picture books, children's book, childrens book, children's books, kids book, kids books | illustration publishing
album-cover | 专辑封面 唱片封面 | album cover, album covers, album art, cover art, record sleeve | illustration music
cover | 封面 封面设计 | cover, covers, thumbnail, thumbnails, cover image, cover design | graphic-design
sticker | 表情包 贴纸 微信表情 | sticker, stickers, emoji, emojis, emoticon, emoticons, sticker pack | illustration
merch | 周边 文创周边 衍生品 文创产品 周边设计 | merch, merchandise, merch design, swag | graphic-design
tshirt | T恤 T恤设计 文化衫 | t-shirt, t-shirts, tshirt, tshirts, tee, tees, t shirt, shirt design | merch
invitation | 请柬 邀请函 喜帖 请帖 | invitation, invitations, invites, wedding invitation, wedding invitations, save the date | graphic-design
menu | 菜单 菜单设计 菜牌 | menu, menus, menu design | graphic-design food-beverage
brochure | 画册 宣传册 折页 手册 产品手册 | brochure, brochures, booklet, catalog, catalogue, catalogs | print-design
business-card | 名片 名片设计 | business card, business cards, name card, name cards | print-design
flyer | 传单 单页 宣传单 | flyer, flyers, leaflet, leaflets, flyer design | print-design
banner | banner 横幅 运营图 活动页 | banner, banners, web banner, display ads, ad banner | graphic-design
mascot | IP形象 吉祥物 IP IP设计 卡通形象 | mascot, mascots, brand mascot, brand character, ip character, ip | character-design
avatar | 头像 头像设计 | avatar, avatars, profile picture, pfp | illustration
wallpaper | 壁纸 | wallpaper, wallpapers | illustration
illustrated-map | 手绘地图 地图插画 插画地图 | illustrated map, map illustration, illustrated maps | illustration
explainer-video | 解说视频 科普动画 产品动画 | explainer video, explainer videos, animated explainer, explainer | motion-design
music-video | MV 音乐录影带 音乐视频 | music video, music videos, mv | videography music
promo-video | 宣传片 企业宣传片 品牌宣传片 品牌片 形象片 | promo video, promotional video, brand film, brand video, corporate video, corporate film, promo | videography
product-video | 产品视频 产品宣传片 产品片 | product video, product videos, product film | videography
wedding-video | 婚礼视频 婚礼录像 婚礼快剪 | wedding video, wedding film, wedding videography, wedding videographer | videography wedding
vlog | Vlog 视频日志 | vlog, vlogs, vlogger, vlogging | short-video
trailer | 预告片 | trailer, trailers, teaser | video-editing
product-images | 产品图 商品图 白底图 场景图 | product images, product imagery | 
annual-report | 年报 年度报告 | annual report, annual reports | editorial-design
template | 模板 | template, templates | graphic-design | 0.6
photobook | 相册 影集 摄影集 | photo book, photobook, photo album | book-design photography
zine | 独立杂志 小志 | zine, zines, fanzine | editorial-design publishing
resume | 简历 简历设计 | resume, resume design, resumes | graphic-design
portfolio | 作品集 作品集设计 | portfolio, portfolios, portfolio review | 
website | 网站 官网 个人网站 作品集网站 建站 | website, websites, site, web, homepage, portfolio site, portfolio website | | 0.8
app | APP 应用 手机应用 移动应用 | app, apps, mobile app, mobile apps, application | | 0.8
course | 课程 网课 教程 训练营 工作坊 课 | course, courses, online course, tutorial, tutorials, workshop, workshops, class, classes, bootcamp, masterclass | teaching
`;

const INDUSTRIES = `
game | 游戏 游戏行业 手游 游戏公司 | game, games, gaming, video game, video games, mobile games | 
esports | 电竞 | esports, e-sports | game
indie-game | 独立游戏 独游 独立游戏人 | indie game, indie games, indie gamedev, indie dev, indie studio | game
anime | 二次元 动漫 ACG 国漫 | anime, acg, otaku | 
toys | 潮玩 玩具 盲盒 手办 设计师玩具 桌游 | toys, toy, designer toys, art toys, art toy, collectibles, blind box, figures, figurine, board games, board game | 
film | 电影 影视 微电影 短片 影视制作 电影制作 | film, films, movie, movies, cinema, short film, short films | video
advertising | 广告 广告片 TVC 商业广告 广告创意 广告行业 | advertising, advertisement, advertisements, ads, advert, commercial, commercials, tvc, ad campaign, ad campaigns, ad creative | 
tech | 互联网 科技 科技公司 互联网公司 | tech, technology, internet, tech company, tech startup | 
ai | AI 人工智能 | ai, artificial intelligence | | 0.6
b2b | SaaS B2B 企业服务 ToB | saas, b2b, enterprise, enterprise software | tech
consumer-electronics | 智能硬件 消费电子 3C 硬件 数码 | consumer electronics, gadgets, iot, smart hardware, hardware | tech
web3 | Web3 区块链 加密货币 NFT 数字藏品 DAO | web3, crypto, blockchain, nft, nfts, dao, defi | 
startup | 创业公司 初创 初创公司 创业 | startup, startups, start up, early stage | 
ecommerce | 电商 淘宝 天猫 京东 拼多多 亚马逊 跨境电商 | ecommerce, e-commerce, online store, online shop, amazon, taobao, dtc, d2c | 
fashion | 时尚 服装 服饰 服装品牌 潮牌 时装 球鞋 穿搭 | fashion, apparel, clothing, streetwear, fashion brand, fashion brands, sneakers, sneaker | 
beauty | 美妆 化妆品 护肤 个护 美容 | beauty, cosmetics, skincare, skin care, beauty brand | 
fragrance | 香水 香氛 蜡烛 | fragrance, perfume, perfumes, candles, candle | consumer-goods
food-beverage | 餐饮 餐厅 咖啡 咖啡店 咖啡馆 咖啡品牌 茶饮 奶茶 烘焙 甜品 美食 食品 饮料 茶 | food, beverage, beverages, f&b, restaurant, restaurants, cafe, cafes, coffee, coffee shop, coffee brand, tea, bakery, food and beverage, drinks, snacks | 
alcohol | 酒 精酿 啤酒 葡萄酒 白酒 酒类 威士忌 酒吧 | wine, beer, craft beer, spirits, whisky, whiskey, alcohol, brewery, winery, bar, cocktail, cocktails | food-beverage
consumer-goods | 消费品 快消 新消费 消费品牌 日化 | consumer goods, fmcg, cpg, consumer brand, consumer brands | 
luxury | 奢侈品 高端品牌 | luxury, luxury brand, luxury brands, high end | 
education | 教育 教培 在线教育 学校 | education, edtech, school, schools, educational | 
kids | 儿童 亲子 母婴 少儿 婴儿 | kids, children, child, baby, babies, parenting, toddlers | 
publishing | 出版 出版社 图书 书 杂志社 | publishing, publisher, publishers, books, book, magazine, magazines | 
media | 媒体 传媒 新闻 记者 | media, press, journalism, journalist, journalists, news, newspaper | 
entertainment | 娱乐 文娱 演艺 综艺 | entertainment, showbiz, tv, television, variety show | 
healthcare | 医疗 医院 健康 大健康 医美 医药 心理 心理咨询 | healthcare, health, medical, hospital, pharma, wellness, clinic, mental health, therapy, psychology | 
fitness | 运动 健身 瑜伽 体育 户外 运动品牌 普拉提 | sports, sport, fitness, gym, yoga, outdoor, outdoors, athletic, running, pilates | 
travel | 旅游 旅行 文旅 酒店 民宿 度假 | travel, tourism, hotel, hotels, hospitality, resort, airbnb, homestay | 
real-estate | 地产 房地产 楼盘 物业 | real estate, property, properties, realtor | 
automotive | 汽车 新能源车 车企 车 | automotive, car, cars, auto, ev, electric vehicle | 
nonprofit | 公益 非营利 NGO 慈善 基金会 | nonprofit, non profit, ngo, charity, charities, foundation, social impact | 
culture | 文化 文创 博物馆 非遗 传统文化 国潮 | culture, cultural, museum, museums, heritage, cultural heritage, guochao | 
pet | 宠物 猫 狗 | pet, pets, pet brand, dog, dogs, cat, cats | 
home | 家居 家具 家居品牌 生活方式 | home, furniture, homeware, home goods, home decor, lifestyle, lifestyle brand | 
finance | 金融 银行 保险 理财 财经 | finance, financial, fintech, bank, banking, insurance | 
retail | 零售 门店 商场 实体店 快闪店 | retail, store, stores, shop, shops, pop up, pop up store, mall | 
events | 活动 会展 展会 音乐节 市集 展览 | events, event, festival, festivals, fair, fairs, trade show, exhibition, exhibitions, flea market, craft market, night market | 
wedding | 婚礼 婚庆 结婚 婚礼策划 | wedding, weddings, wedding planning, wedding planner, bridal | 
agriculture | 农业 农产品 助农 乡村 乡建 | agriculture, farm, farms, farming, rural | 
sustainability | 可持续 环保 低碳 | sustainability, sustainable, eco, eco friendly, climate | 
gallery | 画廊 艺术机构 美术馆 | gallery, galleries, art gallery, art institution | art
`;

const ROLES = `
teaching | 教学 授课 讲师 教 培训 教课 带学生 | teaching, teacher, teachers, teach, tutor, tutoring, instructor, lecturer, coach, coaching, trainer, training | 
mentor | 导师 前辈 带新人 指导 | mentor, mentors, mentoring, mentorship, advisor, adviser, advice, guidance | 
student | 学生 学员 在读 新手 小白 实习生 实习 应届生 在校生 大学生 研究生 | student, students, learner, learners, beginner, beginners, intern, interns, internship, newbie, graduate student | 
founder | 创始人 联合创始人 创业者 合伙人 主理人 一起创业 合伙创业 创业伙伴 | founder, founders, cofounder, co founder, entrepreneur, entrepreneurs, startup founder | 
investor | 投资人 投资 天使投资 投资机构 VC 风投 | investor, investors, investment, angel investor, angel, vc, venture capital | 
fundraising | 融资 找投资 拉投资 | fundraising, funding, raise funds, raising | 
outsourcing | 外包 派单 转介绍 分包 项目外包 外包项目 | outsourcing, outsource, subcontracting, subcontract, referrals, referral, overflow work, white label | 
agent | 经纪人 艺人经纪 版权代理 经纪 | agent, agents, artist agent, representation, artist representation, licensing agent | 
recruiting | 招聘 猎头 HR | recruiting, recruiter, recruitment, headhunter, hr | 
art-director | 艺术总监 美术指导 美术总监 视觉总监 设计总监 | art director, art direction, design director, visual director | design
creative-director | 创意总监 创意指导 | creative director, creative direction | 
model | 模特 平面模特 模特儿 手模 | fashion model, fashion models, photo model, runway model | 
actor | 演员 艺人 | actor, actress, actors, talent, on camera talent | 
assistant | 助理 助手 | assistant, assistants | | 0.6
buyer | 买手 买手店 | buyer, buyers, buyer shop | retail
distributor | 经销商 分销 渠道 | distributor, distributors, distribution | 
supplier | 工厂 供应商 供应链 厂家 代工 打样 源头工厂 | supplier, suppliers, manufacturer, manufacturers, factory, factories, manufacturing, supply chain, sourcing, sampling | 
studio | 工作室 设计工作室 设计公司 广告公司 团队 | studio, studios, agency, agencies, design studio, design agency, creative agency, team, teams | | 0.3
`;

const CITIES = `
shanghai | 上海 沪 魔都 | shanghai
beijing | 北京 帝都 京城 | beijing, peking
hangzhou | 杭州 杭 | hangzhou
shenzhen | 深圳 | shenzhen
guangzhou | 广州 羊城 | guangzhou, canton
chengdu | 成都 蓉城 | chengdu
chongqing | 重庆 山城 | chongqing
wuhan | 武汉 | wuhan
xian | 西安 | xi'an, xian
nanjing | 南京 | nanjing
suzhou | 苏州 | suzhou
xiamen | 厦门 | xiamen, amoy
changsha | 长沙 | changsha
tianjin | 天津 | tianjin
qingdao | 青岛 | qingdao
kunming | 昆明 | kunming
dali | 大理 | dali
lijiang | 丽江 | lijiang
ningbo | 宁波 | ningbo
hefei | 合肥 | hefei
zhengzhou | 郑州 | zhengzhou
fuzhou | 福州 | fuzhou
jingdezhen | 景德镇 | jingdezhen
sanya | 三亚 | sanya
zhuhai | 珠海 | zhuhai
dongguan | 东莞 | dongguan
foshan | 佛山 | foshan
wuxi | 无锡 | wuxi
harbin | 哈尔滨 | harbin
shenyang | 沈阳 | shenyang
dalian | 大连 | dalian
jinan | 济南 | jinan
guilin | 桂林 | guilin
hong-kong | 香港 | hong kong, hongkong, hk
macau | 澳门 | macau, macao
taipei | 台北 | taipei
taichung | 台中 | taichung
kaohsiung | 高雄 | kaohsiung
tokyo | 东京 | tokyo
osaka | 大阪 | osaka
kyoto | 京都 | kyoto
seoul | 首尔 | seoul
singapore | 新加坡 | singapore
bangkok | 曼谷 | bangkok
chiang-mai | 清迈 | chiang mai, chiangmai
kuala-lumpur | 吉隆坡 | kuala lumpur
bali | 巴厘岛 | bali
london | 伦敦 | london
berlin | 柏林 | berlin
paris | 巴黎 | paris
amsterdam | 阿姆斯特丹 | amsterdam
barcelona | 巴塞罗那 | barcelona
lisbon | 里斯本 | lisbon
milan | 米兰 | milan
copenhagen | 哥本哈根 | copenhagen
stockholm | 斯德哥尔摩 | stockholm
new-york | 纽约 | new york, nyc, new york city
los-angeles | 洛杉矶 | los angeles, la
san-francisco | 旧金山 湾区 | san francisco, sf, bay area
seattle | 西雅图 | seattle
toronto | 多伦多 | toronto
vancouver | 温哥华 | vancouver
montreal | 蒙特利尔 | montreal
sydney | 悉尼 | sydney
melbourne | 墨尔本 | melbourne
dubai | 迪拜 | dubai
# Not a city, but a place to work from: weak like a city, and never a match by itself.
remote | 远程 线上 异地 远程办公 | remote, remotely, online, anywhere, worldwide, remote work
`;

function parse(kind: VocabKind, table: string): VocabTerm[] {
  const out: VocabTerm[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id = '', zh = '', en = '', broader = '', weight = ''] = line
      .split('|')
      .map((f) => f.trim());
    const term: VocabTerm = {
      id,
      kind,
      // Chinese forms are separated by spaces; '_' stands for a space inside one ('3ds_Max').
      zh: zh
        .split(/\s+/u)
        .filter(Boolean)
        .map((f) => f.replace(/_/gu, ' ')),
      en: en
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    };
    const up = broader.split(/\s+/u).filter(Boolean);
    if (up.length) term.broader = up;
    if (weight) term.weight = Number(weight);
    out.push(term);
  }
  return out;
}

let parsed: readonly VocabTerm[] | undefined;

/**
 * Every term of the vocabulary, parsed on first use: the tables are read only by commands that
 * match or extract, not on every start of the CLI.
 */
export function vocabulary(): readonly VocabTerm[] {
  return (parsed ??= parseAll());
}

const parseAll = (): readonly VocabTerm[] => [
  ...parse('discipline', DISCIPLINES),
  ...parse('skill', SKILLS),
  ...parse('tool', TOOLS),
  ...parse('medium', MEDIA),
  ...parse('deliverable', DELIVERABLES),
  ...parse('industry', INDUSTRIES),
  ...parse('role', ROLES),
  ...parse('city', CITIES),
];

/**
 * Traditional → simplified characters for the words above and the phrasing around them (Taipei
 * and Hong Kong creatives write 設計, 動畫, 攝影師), as pairs: traditional then simplified.
 */
export const TRADITIONAL_PAIRS =
  '設设計计動动畫画攝摄視视頻频輯辑圖图覺觉體体標标誌志廣广書书網网頁页開开發发遊游戲戏藝艺術术' +
  '場场裝装產产錄录製制後后調调創创寫写編编劇剧導导員员師师傳传訊讯號号維维實实際际專专業业個个' +
  '們们會会與与這这門门東东臺台灣湾紐纽約约倫伦漢汉聖圣蘭兰詩诗數数據据紋纹繡绣燈灯鏡镜頭头樂乐' +
  '聲声響响識识認认幫帮誰谁雜杂筆笔繪绘戶户紀纪廳厅館馆學学習习課课資资經经營营銷销運运務务財财' +
  '稅税醫医療疗飲饮電电腦脑軟软碼码應应團团隊队築筑間间園园織织飾饰寶宝質质時时劃划紹绍薦荐轉转' +
  '國国聯联邊边為为給给從从還还沒没說说讓让對对點点線线貓猫寵宠兒儿親亲嬰婴飯饭護护膚肤妝妆髮发' +
  '車车輛辆燒烧鐵铁銀银銅铜題题訪访談谈聞闻紙纸樣样範范類类項项預预價价錢钱費费單单議议論论壇坛' +
  '區区組组夥伙參参講讲訓训練练帶带領领賽赛獎奖評评審审選选顧顾問问諮咨詢询帳账雲云機机構构義义' +
  '剪剪膠胶禮礼紗纱獨独塊块鏈链幣币虛虚擬拟現现擴扩廠厂貨货買买賣卖壓压鋼钢權权牆墙熱热廚厨盤盘' +
  '週周麼么簡简報报歷历幀帧藥药戰战殘残級级統统愛爱歡欢憶忆極极無无關关係系總总監监導导遠远絡络' +
  '處处攤摊樂乐漿浆蠟蜡燭烛陳陈陶陶瓷瓷綠绿條条鮮鲜魚鱼雞鸡鳥鸟龍龙鳳凤馬马獸兽蟲虫節节氣气觀观';

/**
 * Words that say nothing about the work, dropped from both languages. Decided with care:
 * - 老师 is how Chinese creatives address any professional ("做动效的老师"), so it is dropped;
 *   teaching is 讲师 / 教学 / 授课.
 * - 团队 / team are kept, as the weak `studio` term (they rank a studio higher for a need that
 *   asks for a team, and never make a match by themselves); 公司 / company are dropped.
 * - 品牌 / brand, 客户 / client, 项目 / project are dropped: every offer mentions them.
 * - 独立 alone is dropped (独立设计师 = an independent designer); 独立游戏 and 独立杂志 are terms.
 * - need / offer / looking / hire / freelance and their Chinese kin say which side a text is on,
 *   never what it is about.
 */
export const STOP_CJK: readonly string[] = `
需要 需 要 需求 急需 急招 一个 一位 一名 一些 一下 一起 一块 可以 能够 帮忙 帮助 帮我 帮 希望 寻找 找个 找人 找到 找
想找 想要 想做 想 认识 结识 认得 求 求助 推荐 求推荐 靠谱 朋友 小伙伴 伙伴 合作 合作伙伴 长期合作 搭档 提供 擅长 负责 主要
承接 接受 经验 多年 年 专业 相关 方面 领域 感兴趣 喜欢 等等 之类 各种 什么 哪里 哪位 有没有 能不能 会不会 懂 熟悉 精通
了解 使用 通过 目前 正在 最近 现在 打算 计划 准备 项目 工作 公司 人才 介绍 联系 交流 聊聊 我们 你们 他们 自己 大家 这个
那个 这些 那些 没有 还有 或者 以及 而且 但是 因为 所以 如果 的话 比如 例如 包括 其他 其它 以上 左右 不错 优秀 厉害 资深
独立 自由 自由职业 自由职业者 兼职 全职 长期 短期 接商稿 商稿 约稿 接稿 稿子 作品 风格 类型 方向 服务 做过 会做 能做 可做
招 招人 预算 价格 费用 时间 周期 本地 当地 附近 城市 国内 国外 海外 线下 见面 看看 问问 试试 请教 问题 事情 东西 方式 机会
资源 平台 客户 甲方 品牌 品牌方 方案 落地 执行 制作 创作 内容 出图 老师 大佬 大神 高手 师傅 的人 会的 的 了 做 会 谁 能
人 个 我 你 他 她 它 是 在 有 和 跟 与 及 或 也 都 很 给 让 把 被 对 请 吗 呢 吧 啊 呀 等 还 又 再 就 才 只 多 少 好 新 做事 干活
活 单子 接单子 好的 非常 特别 比较 更 最 之前 以后 一直 经常 偶尔 一般 主做 主攻 专注 专门 主要做 可接 接 在做 做了 做的
`
  .split(/\s+/u)
  .filter(Boolean);

/** Single characters that may be split off jieba's guesses (see terms.ts); all stop words too. */
export const STOP_CJK_CHARS: readonly string[] = [
  ...'的了做会找想和跟与及或也都很在是有我你他她它人个能帮要给让把被对请求谁哪吗呢吧啊呀等还又再就才只',
];

export const STOP_EN: ReadonlySet<string> = new Set(
  `
a an the and or but for in on at of to with from by as into about via per who whom whose what which
where when how why can could would will should may might must need needs needed needing want wants
wanted looking look seek seeks seeking find finding found someone somebody anyone anybody people
person persons guy guys folk folks friend friends help helps helping helped do does doing done did
offer offers offering offered provide provides providing i me my mine we us our you your yours they
them their he him his she her it its is are be been being am was were have has had having get gets
getting got make makes making made build builds building built set setup good great nice best top experienced experience years year yrs
professional pro freelance freelancer freelancers some any also like love loves based work works
working worked job jobs project projects etc other others more very really well new available open
interested know knows meet meeting connect connecting intro introduce introduction just up out this
that these those there here able skilled expert experts specialist specialists specialise specialize
specializing specialising specialised specialized service services thing things stuff small big quick
fast cheap affordable quality high low lot lots many much all every each own so too not no yes if then
than both either ideally preferably maybe possibly please thanks thank hi hello hey currently now soon
plus hire hiring hired urgently urgent asap collaborator collaborators collaborate collaboration partner
partners partnering client clients customer customers brand brands company companies business
businesses local near nearby around city mostly mainly primarily focus focused focusing style styles
type kind sort level senior junior mid lead creative creatives create creating created content produce
production one two three few several only something anything everything way ways also use using
used open-minded reliable talented passionate ready willing side full time part speak speaks speaking
`
    .split(/\s+/u)
    .filter(Boolean),
);
